-- The material chain: lots that arrived by transfer, movements per lot, transfers, distributions, write-offs,
-- stocktakes, reserve norms, supply requests, and more of the registry's published facts. All rebuilt from events.

ALTER TABLE lot_stock ALTER COLUMN receipt_id DROP NOT NULL;
ALTER TABLE lot_stock ADD COLUMN source_lot_id UUID;
ALTER TABLE lot_stock ADD COLUMN transfer_id UUID;
CREATE INDEX lot_stock_by_source_lot ON lot_stock (source_lot_id);

-- 批次流水: every quantity that entered or left a lot, for traceability and the check "stock = sum of events".
CREATE TABLE lot_movement (
    lot_id          UUID        NOT NULL,
    depot_id        UUID        NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    quantity        BIGINT      NOT NULL,
    transfer_id     UUID,
    distribution_id UUID,
    household_id    UUID,
    reference_id    UUID,
    reason          VARCHAR(500),
    happened_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX lot_movement_by_lot ON lot_movement (lot_id);
CREATE INDEX lot_movement_by_household ON lot_movement (household_id);

-- 调拨单
CREATE TABLE transfer_view (
    transfer_id       UUID         NOT NULL PRIMARY KEY,
    supply_request_id UUID,
    from_depot_id     UUID         NOT NULL,
    from_division     VARCHAR(12)  NOT NULL,
    to_depot_id       UUID         NOT NULL,
    to_division       VARCHAR(12)  NOT NULL,
    lateral_move      BOOLEAN      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    lines             TEXT         NOT NULL,
    vehicle           VARCHAR(100),
    driver            VARCHAR(100),
    waybill_number    VARCHAR(100),
    dispatched_on     DATE,
    dispatched_at     TIMESTAMPTZ,
    received_on       DATE,
    failure           VARCHAR(100),
    requested_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX transfer_by_from ON transfer_view (from_division);
CREATE INDEX transfer_by_to ON transfer_view (to_division);

-- 调拨批次: what was sent of each lot and what arrived.
CREATE TABLE transfer_lot (
    transfer_id   UUID         NOT NULL,
    source_lot_id UUID         NOT NULL,
    item_code     VARCHAR(64)  NOT NULL,
    lot_number    VARCHAR(100) NOT NULL,
    quantity      BIGINT       NOT NULL,
    new_lot_id    UUID,
    received      BIGINT,
    damaged       BIGINT,
    shortage      BIGINT,
    reason        VARCHAR(500),
    PRIMARY KEY (transfer_id, source_lot_id)
);

-- 报损
CREATE TABLE write_off (
    write_off_id UUID         NOT NULL PRIMARY KEY,
    depot_id     UUID         NOT NULL,
    lot_id       UUID         NOT NULL,
    quantity     BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    approved_by  VARCHAR(100),
    status       VARCHAR(16)  NOT NULL
);

-- 盘点
CREATE TABLE stocktake (
    stocktake_id UUID         NOT NULL PRIMARY KEY,
    depot_id     UUID         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    counted_by   VARCHAR(100),
    approved_by  VARCHAR(100)
);
CREATE TABLE stocktake_line (
    stocktake_id UUID        NOT NULL,
    lot_id       UUID        NOT NULL,
    item_code    VARCHAR(64) NOT NULL,
    book         BIGINT      NOT NULL,
    counted      BIGINT      NOT NULL,
    reason       VARCHAR(500),
    PRIMARY KEY (stocktake_id, lot_id)
);

-- 储备定额
CREATE TABLE reserve_norm (
    depot_id  UUID        NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    quantity  BIGINT      NOT NULL,
    PRIMARY KEY (depot_id, item_code)
);

-- 需求申报
CREATE TABLE supply_request (
    request_id      UUID         NOT NULL PRIMARY KEY,
    division_code   VARCHAR(12)  NOT NULL,
    disaster_id     UUID,
    affected_people INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    approvals       TEXT         NOT NULL DEFAULT '',
    submitted_at    TIMESTAMPTZ  NOT NULL
);
CREATE TABLE supply_request_line (
    request_id UUID        NOT NULL,
    item_code  VARCHAR(64) NOT NULL,
    quantity   BIGINT      NOT NULL,
    fulfilled  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (request_id, item_code)
);

-- More of the registry's facts.
ALTER TABLE known_depot ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE known_depot ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE known_depot ADD COLUMN address VARCHAR(300);

CREATE TABLE known_division (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12)
);

CREATE TABLE known_household (
    household_id  UUID         NOT NULL PRIMARY KEY,
    division_code VARCHAR(12)  NOT NULL,
    address       VARCHAR(300),
    head_name     VARCHAR(100)
);

CREATE TABLE known_member (
    person_id    UUID         NOT NULL PRIMARY KEY,
    household_id UUID         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    id_number    VARCHAR(18),
    deceased     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX known_member_by_household ON known_member (household_id);

CREATE TABLE known_disaster (
    disaster_id    UUID         NOT NULL PRIMARY KEY,
    type           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    started_at     TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,
    response_level VARCHAR(4)
);
