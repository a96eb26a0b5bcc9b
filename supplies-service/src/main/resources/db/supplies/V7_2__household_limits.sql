-- 户均限额: the limit of an item per household for a disaster, as a county officer set it last (who, when, why).
CREATE TABLE household_limit (
    disaster_id UUID         NOT NULL,
    item_code   VARCHAR(64)  NOT NULL,
    quantity    BIGINT       NOT NULL,
    set_by      VARCHAR(255),
    set_at      TIMESTAMPTZ  NOT NULL,
    reason      TEXT,
    PRIMARY KEY (disaster_id, item_code)
);
