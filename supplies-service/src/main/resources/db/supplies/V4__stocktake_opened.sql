-- 盘点记录: when a count session was opened, so a depot's stocktakes list newest first. Rebuilt from events.
ALTER TABLE stocktake ADD COLUMN opened_at TIMESTAMPTZ;
CREATE INDEX stocktake_by_depot ON stocktake (depot_id, opened_at DESC);
