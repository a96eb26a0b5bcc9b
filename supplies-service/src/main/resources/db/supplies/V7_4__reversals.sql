-- 冲正: the reversal of a receipt or a distribution recorded wrongly, one row per record (the latest request; every
-- request, rejection and approval stays in the events). Rebuilt from events.
CREATE TABLE reversal (
    record_id       UUID         NOT NULL PRIMARY KEY,
    depot_id        UUID         NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    decided_by      VARCHAR(100),
    decision_reason VARCHAR(500),
    decided_at      TIMESTAMPTZ
);
CREATE INDEX reversal_by_depot ON reversal (depot_id, kind);
ALTER TABLE lot_movement ALTER COLUMN kind TYPE VARCHAR(32);
