-- 库存汇总: what each depot holds of each item (on hand, reserved), kept by the stock projection next to its lots,
-- so that readiness of a whole county reads one row per depot and item instead of every lot. Filled from the lots
-- the projection already holds; from then on every handler that changes a lot changes its depot's row the same way.
CREATE TABLE depot_item_stock (
    depot_id  UUID        NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    on_hand   BIGINT      NOT NULL,
    reserved  BIGINT      NOT NULL,
    PRIMARY KEY (depot_id, item_code)
);
INSERT INTO depot_item_stock (depot_id, item_code, on_hand, reserved)
SELECT depot_id, item_code, sum(on_hand), sum(reserved) FROM lot_stock GROUP BY depot_id, item_code;

-- Lots expiring soon or expired are few: readiness finds them by date.
CREATE INDEX lot_stock_by_expiry ON lot_stock (expires_on);
-- Goods in transit towards a depot: only dispatched transfers.
CREATE INDEX transfer_in_transit ON transfer_view (to_depot_id) WHERE status = 'DISPATCHED';
-- Forward traces follow the legs that took goods out of a lot.
CREATE INDEX transfer_lot_by_source_lot ON transfer_lot (source_lot_id);
