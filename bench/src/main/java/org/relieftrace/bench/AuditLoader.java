package org.relieftrace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.metadata.CanonicalJson;
import org.relieftrace.platform.metadata.EventHash;

/**
 * Appends stock receipts (入库, {@code StockReceived}) straight into the event store, each hashed and chained per
 * depot with the platform's own {@link EventHash} and {@link CanonicalJson} exactly as the services stamp them (a
 * verification of the store finds them intact), in JDBC batches: a million events through the HTTP API would take
 * hours. Timestamps are spread over the past, increasing with the global order.
 */
final class AuditLoader {

    static final String PAYLOAD_TYPE = "org.relieftrace.contracts.supplies.StockReceived";
    private static final DateTimeFormatter AXON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int BATCH = 2000;

    private final Config config;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    AuditLoader(Config config) {
        this.config = config;
    }

    /** The chain of one depot as the loader continues it. */
    private static final class Chain {
        final UUID depot;
        long next;
        String last;

        Chain(UUID depot, long next, String last) {
            this.depot = depot;
            this.next = next;
            this.last = last;
        }
    }

    /**
     * Appends {@code others} receipts spread over {@code otherDepots} new depots, then {@code big} receipts to
     * {@code bigDepot}; the timestamps run from {@code from} to {@code until}. Answers the timestamp of the big
     * depot's receipt number {@code big / 2} (a moment in the middle of its history).
     */
    Instant load(UUID bigDepot, int big, int otherDepots, int others, Instant from, Instant until)
            throws SQLException {
        long total = (long) big + others;
        double step = (double) (until.toEpochMilli() - from.toEpochMilli()) / total;
        Instant middle = null;
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl() + (config.jdbcUrl().contains("?")
                ? "&" : "?") + "reWriteBatchedInserts=true", config.jdbcUser(), config.jdbcPassword())) {
            connection.setAutoCommit(false);
            Chain[] depots = new Chain[otherDepots];
            for (int d = 0; d < otherDepots; d++) {
                depots[d] = new Chain(UUID.randomUUID(), 0, EventHash.GENESIS);
            }
            Chain bigChain = continued(connection, bigDepot);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eventstore.domain_event_entry"
                    + " (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp) VALUES (?, ?, 'DepotStock', ?, ?, ?, '1', ?, ?)")) {
                for (long i = 0; i < total; i++) {
                    Chain chain = i < others ? depots[(int) (i % otherDepots)] : bigChain;
                    Instant at = from.plusMillis((long) (i * step));
                    if (i == others + big / 2) {
                        middle = at;
                    }
                    append(insert, chain, at, i);
                    if ((i + 1) % BATCH == 0 || i + 1 == total) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        return middle;
    }

    private void append(PreparedStatement insert, Chain chain, Instant at, long n) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        String timestamp = AXON_TIME.format(at);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", chain.depot.toString());
        payload.put("receiptId", UUID.randomUUID().toString());
        payload.put("lotId", UUID.randomUUID().toString());
        payload.put("itemCode", ReferenceData.ITEM);
        payload.put("lotNumber", "A-" + n);
        payload.put("quantity", 1 + n % 50);
        payload.put("unit", "套");
        payload.put("specification", "bench");
        payload.put("origin", null);
        payload.put("producedOn", "2026-01-01");
        payload.put("expiresOn", "2029-01-01");
        payload.put("receivedOn", "2026-11-20");
        payload.put("source", "PROCUREMENT");
        payload.put("reference", "AUDIT-BENCH");
        payload.put("supplier", null);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("userId", "bench-loader");
        meta.put("username", "bench-loader");
        meta.put("roles", "admin");
        meta.put("division", ReferenceData.DIVISION);
        meta.put("correlationId", eventId);
        meta.put("causationId", eventId);
        meta.put("reason", "audit benchmark load");
        meta.put("prevHash", chain.last);
        byte[] payloadJson = json(payload);
        String hash = EventHash.digest(new EventHash.Material(chain.last, "DepotStock", chain.depot.toString(),
                chain.next, eventId, timestamp, PAYLOAD_TYPE, "1", canonical.ofJson(payloadJson),
                canonical.ofMap(meta)));
        meta.put("hash", hash);
        insert.setString(1, chain.depot.toString());
        insert.setLong(2, chain.next);
        insert.setString(3, eventId);
        insert.setBytes(4, json(meta));
        insert.setBytes(5, payloadJson);
        insert.setString(6, PAYLOAD_TYPE);
        insert.setString(7, timestamp);
        insert.addBatch();
        chain.next++;
        chain.last = hash;
    }

    /** The depot's chain from its latest stored event on. */
    private Chain continued(Connection connection, UUID depot) throws SQLException {
        try (PreparedStatement last = connection.prepareStatement("SELECT sequence_number, convert_from(meta_data,"
                + " 'UTF8')::jsonb ->> 'hash' FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1")) {
            last.setString(1, depot.toString());
            try (ResultSet rows = last.executeQuery()) {
                return rows.next() ? new Chain(depot, rows.getLong(1) + 1, rows.getString(2))
                        : new Chain(depot, 0, EventHash.GENESIS);
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
}
