-- Read models of the registry-service, rebuilt from the event stream at will.

-- 行政区划: one row per registered division.
CREATE TABLE division (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12)
);
CREATE INDEX division_by_parent ON division (parent_code, code);
CREATE INDEX division_by_level ON division (level, code);
-- subtree and scope queries match code prefixes
CREATE INDEX division_code_prefix ON division (code varchar_pattern_ops);

-- 应急物资储备库: one row per registered depot. The code is unique by rule, checked before registering; the table
-- does not enforce it, so that a replay never stops on history.
CREATE TABLE depot (
    depot_id      UUID         NOT NULL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    division_code VARCHAR(12)  NOT NULL,
    tier          VARCHAR(16)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    address       VARCHAR(300),
    capacity_m3   BIGINT
);
CREATE INDEX depot_by_code ON depot (code);
CREATE INDEX depot_by_division ON depot (division_code varchar_pattern_ops);

-- 仓库保管员: the keepers of each depot, by username.
CREATE TABLE depot_keeper (
    depot_id UUID         NOT NULL,
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (depot_id, username)
);

-- 物资目录: one row per catalog item.
CREATE TABLE catalog_item (
    item_code       VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_zh         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    category        VARCHAR(32)  NOT NULL,
    unit            VARCHAR(20)  NOT NULL,
    specification   VARCHAR(200),
    shelf_life_days INTEGER
);
CREATE INDEX catalog_item_by_category ON catalog_item (category, item_code);
