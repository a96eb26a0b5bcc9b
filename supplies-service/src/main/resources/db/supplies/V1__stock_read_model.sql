-- Read models of the supplies-service, rebuilt from the event stream at will.

-- 批次库存: one row per lot, with what is on hand and reserved.
CREATE TABLE lot_stock (
    lot_id            UUID         NOT NULL PRIMARY KEY,
    depot_id          UUID         NOT NULL,
    receipt_id        UUID         NOT NULL,
    item_code         VARCHAR(64)  NOT NULL,
    lot_number        VARCHAR(100) NOT NULL,
    unit              VARCHAR(20),
    specification     VARCHAR(200),
    origin            VARCHAR(200),
    produced_on       DATE,
    expires_on        DATE,
    received_on       DATE         NOT NULL,
    source            VARCHAR(32)  NOT NULL,
    reference         VARCHAR(200),
    supplier          VARCHAR(200),
    received_quantity BIGINT       NOT NULL,
    on_hand           BIGINT       NOT NULL,
    reserved          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX lot_stock_by_depot ON lot_stock (depot_id, item_code, expires_on);
CREATE INDEX lot_stock_by_receipt ON lot_stock (receipt_id);

-- Reference facts published by the registry-service, kept locally.
CREATE TABLE known_item (
    item_code       VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_zh         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    category        VARCHAR(64),
    unit            VARCHAR(20)  NOT NULL,
    specification   VARCHAR(200),
    shelf_life_days INTEGER
);

CREATE TABLE known_depot (
    depot_id      UUID         NOT NULL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    division_code VARCHAR(12)  NOT NULL,
    tier          VARCHAR(16)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL
);
