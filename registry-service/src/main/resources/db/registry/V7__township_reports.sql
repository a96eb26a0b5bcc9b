-- Township reports on disasters (灾情报告: 初报, 续报, 核报 per form) and the shelter check-ins they are compared
-- with: read models rebuilt from the reports' and the shelters' events.

-- 乡镇灾情报告: one row per report filed, with the form's figures by name (money in fen).
CREATE TABLE township_report (
    report_id       UUID         NOT NULL PRIMARY KEY,
    disaster_id     UUID         NOT NULL,
    township_code   VARCHAR(12)  NOT NULL,
    form            VARCHAR(16)  NOT NULL,
    kind            VARCHAR(12)  NOT NULL,
    as_of           TIMESTAMPTZ  NOT NULL,
    filed_at        TIMESTAMPTZ  NOT NULL,
    filed_by        VARCHAR(100),
    figures         JSONB        NOT NULL
);
CREATE INDEX township_report_by_disaster ON township_report (disaster_id, form, township_code, as_of DESC);

-- 安置台账: each check-in to a shelter with its moment and the shelter's division, so that the people resettled in a
-- township since a disaster began can be counted against what the township reported.
CREATE TABLE resettlement_check_in (
    shelter_id     UUID        NOT NULL,
    person_id      UUID        NOT NULL,
    checked_in_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shelter_id, person_id, checked_in_at)
);
CREATE TABLE resettlement_shelter (
    shelter_id    UUID        NOT NULL PRIMARY KEY,
    division_code VARCHAR(12) NOT NULL
);
CREATE INDEX resettlement_shelter_by_division ON resettlement_shelter (division_code varchar_pattern_ops);
