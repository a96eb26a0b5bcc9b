-- 快照封印: each archived snapshot carries the seal the service computed when it was archived (a hash, with the
-- crypto suite named, over the aggregate, the sequence it stands at, the hash of the event there and its canonical
-- state) and the signature of the seal with the service's checkpoint key. The trigger cannot hash with SM3, so the
-- service seals in Java, in the transaction that stores the snapshot. Snapshots archived before are sealed by the
-- next checkpoint. Shared by every service, like the archive: the advisory lock serializes them.
SELECT pg_advisory_xact_lock(7311001);

ALTER TABLE eventstore.snapshot_archive ADD COLUMN IF NOT EXISTS seal VARCHAR(64);
ALTER TABLE eventstore.snapshot_archive ADD COLUMN IF NOT EXISTS seal_suite VARCHAR(16);
ALTER TABLE eventstore.snapshot_archive ADD COLUMN IF NOT EXISTS seal_key_id VARCHAR(16);
ALTER TABLE eventstore.snapshot_archive ADD COLUMN IF NOT EXISTS seal_signature TEXT;
