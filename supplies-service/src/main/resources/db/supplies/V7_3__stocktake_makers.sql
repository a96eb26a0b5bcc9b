-- 盘点记录: who opened a count session and everyone who counted it, so a session's actions leave approval to someone
-- else (separation of duties). Rebuilt from events.
ALTER TABLE stocktake ADD COLUMN started_by VARCHAR(100);
ALTER TABLE stocktake ADD COLUMN counters TEXT NOT NULL DEFAULT '';
