-- The shared event store (the role Axon Server plays): one global, append-only stream for every service.
-- Several services may run this script at the same moment on a fresh database; the advisory lock serializes them.
SELECT pg_advisory_xact_lock(7311001);

CREATE SCHEMA IF NOT EXISTS eventstore;

CREATE TABLE IF NOT EXISTS eventstore.domain_event_entry (
    global_index         BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE IF NOT EXISTS eventstore.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- History is append-only: no UPDATE or DELETE of stored events, whoever connects.
CREATE OR REPLACE FUNCTION eventstore.refuse_history_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the event history is append-only: % on domain_event_entry refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS domain_event_entry_append_only ON eventstore.domain_event_entry;
CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON eventstore.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION eventstore.refuse_history_change();

-- For auditors with plain SQL: the stream with readable JSON payload and metadata.
CREATE OR REPLACE VIEW eventstore.events AS
SELECT global_index,
       type                                      AS aggregate_type,
       aggregate_identifier,
       sequence_number,
       event_identifier,
       time_stamp,
       payload_type,
       payload_revision,
       convert_from(payload, 'UTF8')::jsonb      AS payload,
       convert_from(meta_data, 'UTF8')::jsonb    AS meta_data
FROM eventstore.domain_event_entry;
