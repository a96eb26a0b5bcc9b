-- Emergency shelters and the people resettled in them: read models rebuilt from the shelters' events.

-- 应急避难场所: one row per registered shelter, with its running counts of check-ins and check-outs.
CREATE TABLE shelter (
    shelter_id    UUID             NOT NULL PRIMARY KEY,
    division_code VARCHAR(12)      NOT NULL,
    name          VARCHAR(200)     NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    capacity      INTEGER          NOT NULL,
    depot_id      UUID,
    open          BOOLEAN          NOT NULL DEFAULT FALSE,
    check_ins     BIGINT           NOT NULL DEFAULT 0,
    check_outs    BIGINT           NOT NULL DEFAULT 0
);
CREATE INDEX shelter_by_division ON shelter (division_code varchar_pattern_ops, name);

-- 安置人员: who is in which shelter now. A person is in one shelter at a time by rule, checked before checking in;
-- the table does not enforce it, so that a replay never stops on history.
CREATE TABLE shelter_occupant (
    shelter_id UUID NOT NULL,
    person_id  UUID NOT NULL,
    PRIMARY KEY (shelter_id, person_id)
);
CREATE INDEX shelter_occupant_by_person ON shelter_occupant (person_id);
