-- 生产准备期: the lead time of a production-capacity agreement (0 for agreements recorded without one).
ALTER TABLE capacity_agreement ADD COLUMN lead_time_days INTEGER NOT NULL DEFAULT 0;

-- 协议储备: agreements with enterprises that hold goods for the reserve and hand them over when called off.
CREATE TABLE reserve_agreement (
    agreement_id    UUID         NOT NULL PRIMARY KEY,
    contract_number VARCHAR(100) NOT NULL,
    enterprise      VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    division_code   VARCHAR(12)  NOT NULL
);
CREATE UNIQUE INDEX reserve_agreement_contract ON reserve_agreement (contract_number);
CREATE INDEX reserve_agreement_by_division ON reserve_agreement (division_code);

-- 协议数量: what the enterprise holds of each item under the agreement.
CREATE TABLE reserve_agreement_line (
    agreement_id UUID        NOT NULL REFERENCES reserve_agreement (agreement_id),
    item_code    VARCHAR(64) NOT NULL,
    quantity     BIGINT      NOT NULL,
    PRIMARY KEY (agreement_id, item_code)
);
