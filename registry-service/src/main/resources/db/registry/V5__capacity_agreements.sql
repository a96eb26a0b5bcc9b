-- 生产能力储备: production-capacity agreements with enterprises.
CREATE TABLE capacity_agreement (
    agreement_id    UUID         NOT NULL PRIMARY KEY,
    contract_number VARCHAR(100) NOT NULL,
    enterprise      VARCHAR(200) NOT NULL,
    item_code       VARCHAR(64)  NOT NULL,
    daily_capacity  BIGINT       NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    division_code   VARCHAR(12)  NOT NULL
);
CREATE UNIQUE INDEX capacity_agreement_contract ON capacity_agreement (contract_number);
CREATE INDEX capacity_agreement_by_division ON capacity_agreement (division_code, item_code);
