-- 协议储备: the agreement reserves the registry published, and per item what is agreed and what was called off.
CREATE TABLE reserve_agreement (
    agreement_id    UUID         NOT NULL PRIMARY KEY,
    contract_number VARCHAR(100) NOT NULL,
    enterprise      VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    division_code   VARCHAR(12)  NOT NULL
);
CREATE INDEX reserve_agreement_by_division ON reserve_agreement (division_code);

CREATE TABLE reserve_agreement_line (
    agreement_id UUID        NOT NULL REFERENCES reserve_agreement (agreement_id),
    item_code    VARCHAR(64) NOT NULL,
    agreed       BIGINT      NOT NULL,
    called_off   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, item_code)
);

-- 生产能力储备: the production-capacity agreements the registry published, with their lead time.
CREATE TABLE capacity_agreement (
    agreement_id    UUID         NOT NULL PRIMARY KEY,
    contract_number VARCHAR(100) NOT NULL,
    enterprise      VARCHAR(200) NOT NULL,
    item_code       VARCHAR(64)  NOT NULL,
    daily_capacity  BIGINT       NOT NULL,
    lead_time_days  INTEGER      NOT NULL DEFAULT 0,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    division_code   VARCHAR(12)  NOT NULL
);
CREATE INDEX capacity_agreement_by_division ON capacity_agreement (division_code, item_code);

-- 捐赠承诺: pledges of donations, and per item what was pledged and what has been received against it.
CREATE TABLE pledge (
    pledge_id     UUID         NOT NULL PRIMARY KEY,
    donor         VARCHAR(200) NOT NULL,
    division_code VARCHAR(12)  NOT NULL,
    expected_on   DATE,
    status        VARCHAR(16)  NOT NULL,
    recorded_by   VARCHAR(200),
    recorded_at   TIMESTAMPTZ  NOT NULL,
    closed_by     VARCHAR(200),
    closed_at     TIMESTAMPTZ,
    close_reason  VARCHAR(500)
);
CREATE INDEX pledge_by_division ON pledge (division_code, status);

CREATE TABLE pledge_line (
    pledge_id UUID        NOT NULL REFERENCES pledge (pledge_id),
    item_code VARCHAR(64) NOT NULL,
    pledged   BIGINT      NOT NULL,
    received  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (pledge_id, item_code)
);
