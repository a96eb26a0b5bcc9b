package org.relieftrace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.loader.ChainStamp;

/**
 * 直写事件 — appends events straight into the event store in JDBC batches, each hashed and chained per stream with
 * the platform's published {@link ChainStamp} exactly as the services stamp them (a verification
 * of the store finds them intact), with the metadata the services give every event: who, the division they act in,
 * why, and the correlation. The loaders of the benchmarks use it where the HTTP API would take hours.
 */
final class EventAppender implements AutoCloseable {

    private static final DateTimeFormatter AXON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Who appends: the user named in the metadata, their roles and the division they act in. */
    record Actor(String userId, String roles, String division) {

        ChainStamp.Actor stamped() {
            return new ChainStamp.Actor(userId, roles, division);
        }
    }

    /** The chain of one stream (aggregate) as the appender continues it. */
    static final class Chain {
        final String type;
        final String id;
        long next;
        String last;

        Chain(String type, String id, long next, String last) {
            this.type = type;
            this.id = id;
            this.next = next;
            this.last = last;
        }

        /** A new stream: sequence 0, chained to the genesis hash. */
        static Chain fresh(String type, String id) {
            return new Chain(type, id, 0, ChainStamp.GENESIS);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final ChainStamp stamp = new ChainStamp(mapper);
    private final Connection connection;
    private final PreparedStatement insert;
    private final int batch;
    private int pending;

    /** An appender on {@code connection} (auto-commit off) that commits every {@code batch} events. */
    EventAppender(Connection connection, int batch) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO eventstore.domain_event_entry (aggregate_identifier,"
                + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type,"
                + " time_stamp) VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?)");
    }

    /** The JDBC URL with batched inserts rewritten into multi-row ones. */
    static String batchedUrl(String jdbcUrl) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** Appends the next event of {@code chain}, at {@code at}, by {@code actor}, for {@code reason}. */
    void append(Chain chain, Instant at, Actor actor, String reason, String payloadType, Object payload)
            throws SQLException {
        String eventId = UUID.randomUUID().toString();
        String timestamp = AXON_TIME.format(at);
        byte[] payloadJson = json(payload);
        ChainStamp.Stamped stamped = stamp.stamp(new ChainStamp.Event(chain.type, chain.id, chain.next, chain.last,
                eventId, timestamp, payloadType, "1", payloadJson), actor.stamped(), reason);
        String hash = stamped.hash();
        insert.setString(1, chain.id);
        insert.setLong(2, chain.next);
        insert.setString(3, chain.type);
        insert.setString(4, eventId);
        insert.setBytes(5, json(stamped.metaData()));
        insert.setBytes(6, payloadJson);
        insert.setString(7, payloadType);
        insert.setString(8, timestamp);
        insert.addBatch();
        chain.next++;
        chain.last = hash;
        if (++pending >= batch) {
            flush();
        }
    }

    /** Sends and commits what is pending. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    /** The stream's chain from its latest stored event on (a new one when it has none). */
    Chain continued(String type, String id) throws SQLException {
        try (PreparedStatement last = connection.prepareStatement("SELECT sequence_number, convert_from(meta_data,"
                + " 'UTF8')::jsonb ->> 'hash' FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1")) {
            last.setString(1, id);
            try (ResultSet rows = last.executeQuery()) {
                return rows.next() ? new Chain(type, id, rows.getLong(1) + 1, rows.getString(2))
                        : Chain.fresh(type, id);
            }
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
