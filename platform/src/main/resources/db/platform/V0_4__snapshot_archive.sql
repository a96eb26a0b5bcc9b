-- 快照存档: every snapshot Axon ever stored, kept after Axon replaces it with a newer one (Axon keeps only an
-- aggregate's latest), so that an aggregate's state at a past moment starts from the latest snapshot before that
-- moment. A snapshot is a cache of what its events produce, not an event: it has no place in the hash chain, the
-- verification or the export. Shared by every service, like the event store: the advisory lock serializes them.
SELECT pg_advisory_xact_lock(7311001);

CREATE TABLE IF NOT EXISTS eventstore.snapshot_archive (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    archived_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE OR REPLACE FUNCTION eventstore.archive_snapshot() RETURNS trigger AS $$
BEGIN
    INSERT INTO eventstore.snapshot_archive (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                                             payload, payload_revision, payload_type, time_stamp)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.type, NEW.event_identifier, NEW.meta_data, NEW.payload,
            NEW.payload_revision, NEW.payload_type, NEW.time_stamp)
    ON CONFLICT (aggregate_identifier, sequence_number) DO NOTHING;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS snapshot_event_entry_archive ON eventstore.snapshot_event_entry;
CREATE TRIGGER snapshot_event_entry_archive
    AFTER INSERT ON eventstore.snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION eventstore.archive_snapshot();

-- the snapshots stored before the archive existed
INSERT INTO eventstore.snapshot_archive (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                                         payload, payload_revision, payload_type, time_stamp)
SELECT aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, payload_revision,
       payload_type, time_stamp
FROM eventstore.snapshot_event_entry
ON CONFLICT (aggregate_identifier, sequence_number) DO NOTHING;
