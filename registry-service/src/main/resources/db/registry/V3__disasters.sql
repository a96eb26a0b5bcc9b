-- Disasters, the divisions they affect and their figures over time: read models rebuilt from the disasters' events.

-- 灾害事件: one row per declared disaster.
CREATE TABLE disaster (
    disaster_id    UUID         NOT NULL PRIMARY KEY,
    type           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    ended_at       TIMESTAMPTZ,
    response_level VARCHAR(4)   NOT NULL
);
CREATE INDEX disaster_by_start ON disaster (started_at DESC, disaster_id);

-- 受灾区划: the divisions a disaster affects; scope_prefix is the code without its trailing groups of zeros, so that
-- a township finds a disaster declared for its whole county.
CREATE TABLE disaster_division (
    disaster_id   UUID        NOT NULL,
    division_code VARCHAR(12) NOT NULL,
    scope_prefix  VARCHAR(12) NOT NULL,
    PRIMARY KEY (disaster_id, division_code)
);
CREATE INDEX disaster_division_by_code ON disaster_division (division_code varchar_pattern_ops);

-- 灾情统计: every report of a disaster's figures, by its place in the disaster's stream.
CREATE TABLE disaster_statistics (
    disaster_id      UUID        NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    as_of            TIMESTAMPTZ NOT NULL,
    affected_people  BIGINT      NOT NULL,
    evacuated        BIGINT      NOT NULL,
    deaths           BIGINT      NOT NULL,
    missing          BIGINT      NOT NULL,
    collapsed_houses BIGINT      NOT NULL,
    damaged_houses   BIGINT      NOT NULL,
    direct_loss_fen  BIGINT      NOT NULL,
    PRIMARY KEY (disaster_id, sequence_number)
);
