package org.relieftrace.platform.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.OfflineVerification;
import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;

/**
 * The event store as auditors read it, with plain SQL: one aggregate's history, the global stream filtered by time,
 * type, user and division, and the NDJSON export.
 */
@ApplicationScoped
public class AuditLog {

    /** One stored event: payload and metadata as JSON, the hash chain links pulled out. */
    public record AuditedEvent(long globalIndex, String aggregateType, String aggregateId, long sequence,
                               String eventId, String timestamp, String payloadType, String revision,
                               JsonNode payload, JsonNode metaData, String prevHash, String hash) {
    }

    /** Filters of the global stream; null fields do not filter. {@code divisionPrefix} and {@code scopePrefix} are
     * prefixes of the metadata division; {@code scopePrefix} is the caller's reach (null: everything). */
    public record Filter(Instant from, Instant to, String type, String user, String divisionPrefix,
                         String scopePrefix, String requestId) {
    }

    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final String META = "(convert_from(meta_data, 'UTF8')::jsonb)";

    @Inject
    Sql sql;

    @Inject
    DataSource dataSource;

    @Inject
    AxonRuntime axon;

    @Inject
    Checkpoints checkpoints;

    @Inject
    CheckpointKeys keys;

    /** The events of one aggregate in sequence order. */
    public ListPage<AuditedEvent> history(String type, String aggregateId, int page, int size) {
        String where = " WHERE aggregate_identifier = ? AND type = ?";
        long total = sql.one("SELECT count(*) FROM " + axon.eventTable() + where, rows -> rows.getLong(1),
                aggregateId, type).orElse(0L);
        List<AuditedEvent> events = sql.list("SELECT " + COLUMNS + " FROM " + axon.eventTable() + where
                + " ORDER BY sequence_number LIMIT ? OFFSET ?", this::read, aggregateId, type, size,
                (long) page * size);
        return new ListPage<>(events, page, size, total);
    }

    /**
     * Whether any event of the aggregate was acted in a division whose code starts with {@code scopePrefix} (null:
     * everything reaches).
     */
    public boolean actedWithin(String type, String aggregateId, String scopePrefix) {
        if (scopePrefix == null) {
            return true;
        }
        return sql.one("SELECT EXISTS (SELECT 1 FROM " + axon.eventTable() + " WHERE aggregate_identifier = ?"
                + " AND type = ? AND " + META + " ->> '" + EventMetadata.DIVISION + "' LIKE ?)",
                rows -> rows.getBoolean(1), aggregateId, type, scopePrefix + "%").orElse(false);
    }

    /** The global stream in global order, filtered. */
    public ListPage<AuditedEvent> events(Filter filter, int page, int size) {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.from() != null) {
            where.append(" AND time_stamp::timestamptz >= ?::timestamptz");
            values.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND time_stamp::timestamptz <= ?::timestamptz");
            values.add(filter.to().toString());
        }
        if (filter.type() != null) {
            where.append(" AND (payload_type = ? OR payload_type LIKE ?)");
            values.add(filter.type());
            values.add("%." + filter.type());
        }
        if (filter.user() != null) {
            where.append(" AND " + META + " ->> '" + EventMetadata.USERNAME + "' = ?");
            values.add(filter.user());
        }
        if (filter.divisionPrefix() != null) {
            where.append(" AND " + META + " ->> '" + EventMetadata.DIVISION + "' LIKE ?");
            values.add(filter.divisionPrefix() + "%");
        }
        if (filter.requestId() != null) {
            where.append(" AND " + META + " ->> '" + EventMetadata.CORRELATION_ID + "' = ?");
            values.add(filter.requestId());
        }
        if (filter.scopePrefix() != null) {
            where.append(" AND " + META + " ->> '" + EventMetadata.DIVISION + "' LIKE ?");
            values.add(filter.scopePrefix() + "%");
        }
        long total = sql.one("SELECT count(*) FROM " + axon.eventTable() + where, rows -> rows.getLong(1),
                values.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditedEvent> events = sql.list("SELECT " + COLUMNS + " FROM " + axon.eventTable() + where
                + " ORDER BY global_index LIMIT ? OFFSET ?", this::read, paged.toArray());
        return new ListPage<>(events, page, size, total);
    }

    /**
     * Writes the events with a global index in the range (null: open) as NDJSON, one line each, streamed: first a
     * header (the public key of the suite new checkpoints are signed with, the public key of every suite under
     * {@code publicKeys}, and the running hash before the range), then the events in global order, each signed
     * checkpoint of the range right after the last event it seals.
     */
    public void export(Long fromIndex, Long toIndex, OutputStream out) {
        ObjectMapper mapper = axon.objectMapper();
        List<CheckpointSeal.Checkpoint> sealed = new ArrayList<>(checkpoints.list(fromIndex, toIndex, 0,
                Integer.MAX_VALUE).items());
        Checkpoints.Anchor anchor = checkpoints.anchorBefore(fromIndex);
        CheckpointKeys.PublishedKey key = keys.published(keys.signingSuite());
        String query = "SELECT " + COLUMNS + " FROM " + axon.eventTable()
                + " WHERE global_index >= ? AND global_index <= ? ORDER BY global_index";
        try (Connection connection = dataSource.getConnection()) {
            ObjectNode header = mapper.createObjectNode().put(OfflineVerification.KIND, OfflineVerification.HEADER)
                    .put("suite", key.suite().name()).put("algorithm", key.algorithm()).put("keyId", key.keyId())
                    .put("publicKey", key.publicKey()).put("runningHashBefore", anchor.runningHash())
                    .put("eventsBefore", anchor.events());
            ObjectNode publicKeys = header.putObject("publicKeys");
            keys.publishedAll().forEach((suite, published) -> publicKeys.put(suite.name(), published.publicKey()));
            header.putPOJO("fromIndex", fromIndex);
            header.putPOJO("toIndex", toIndex);
            writeLine(mapper, header, out);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setFetchSize(1000);
                statement.setLong(1, fromIndex == null ? Long.MIN_VALUE : fromIndex);
                statement.setLong(2, toIndex == null ? Long.MAX_VALUE : toIndex);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        AuditedEvent event = read(rows);
                        writeCheckpointsBefore(event.globalIndex(), sealed, mapper, out);
                        ObjectNode line = mapper.createObjectNode();
                        line.put(OfflineVerification.KIND, OfflineVerification.EVENT);
                        line.put(OfflineVerification.GLOBAL_INDEX, event.globalIndex());
                        line.put(OfflineVerification.AGGREGATE_TYPE, event.aggregateType());
                        line.put(OfflineVerification.AGGREGATE_ID, event.aggregateId());
                        line.put(OfflineVerification.SEQUENCE, event.sequence());
                        line.put(OfflineVerification.EVENT_ID, event.eventId());
                        line.put(OfflineVerification.TIMESTAMP, event.timestamp());
                        line.put(OfflineVerification.PAYLOAD_TYPE, event.payloadType());
                        line.put(OfflineVerification.REVISION, event.revision());
                        line.set(OfflineVerification.PAYLOAD, event.payload());
                        line.set(OfflineVerification.META_DATA, event.metaData());
                        writeLine(mapper, line, out);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            writeCheckpointsBefore(Long.MAX_VALUE, sealed, mapper, out);
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCheckpointsBefore(long globalIndex, List<CheckpointSeal.Checkpoint> sealed,
                                               ObjectMapper mapper, OutputStream out) throws IOException {
        while (!sealed.isEmpty() && sealed.get(0).globalIndex() < globalIndex) {
            CheckpointSeal.Checkpoint checkpoint = sealed.remove(0);
            ObjectNode line = mapper.valueToTree(checkpoint);
            line.put(OfflineVerification.KIND, OfflineVerification.CHECKPOINT);
            writeLine(mapper, line, out);
        }
    }

    private static void writeLine(ObjectMapper mapper, ObjectNode line, OutputStream out) throws IOException {
        out.write(mapper.writeValueAsBytes(line));
        out.write('\n');
    }

    private AuditedEvent read(ResultSet rows) throws SQLException {
        ObjectMapper mapper = axon.objectMapper();
        JsonNode payload = json(mapper, rows.getBytes(9));
        JsonNode metaData = json(mapper, rows.getBytes(10));
        return new AuditedEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), payload, metaData,
                metaData.path(EventMetadata.PREV_HASH).asText(null), metaData.path(EventMetadata.HASH).asText(null));
    }

    private static JsonNode json(ObjectMapper mapper, byte[] bytes) {
        if (bytes == null) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            // not JSON: shown as text, never hidden from an auditor
            return mapper.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
