-- The divisions a disaster affects (comma-separated codes, as the registry declared them), so that a county's officer
-- sets household limits only for a disaster of the county. Disasters learnt before this column stay NULL until the
-- registry facts are replayed.
ALTER TABLE supplies.known_disaster ADD COLUMN affected_divisions TEXT;
