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
import java.util.List;
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
 *
 * <p>The other depots only receive. The big depot's history is shaped like a busy depot's: {@link #BIG_LOTS} lots
 * received first, then distributions to households (分发, {@code StockDistributed}), transfers out (预留 then 出库,
 * {@code StockReserved} + {@code ReservationIssued}) and now and then a transfer in (调入,
 * {@code TransferredStockReceived}, a new lot), each taken from a lot that holds enough; the loader keeps the
 * quantity on hand it expects, now and at the middle of the history, so the state read back can be checked.
 */
final class AuditLoader {

    static final String PAYLOAD_TYPE = "org.relieftrace.contracts.supplies.StockReceived";
    private static final String EVENTS = "org.relieftrace.supplies.stock.StockEvents$";
    /** Lots the big depot receives before it starts handing out. */
    static final int BIG_LOTS = 300;
    private static final long BIG_LOT_QUANTITY = 100_000;
    /** Households the big depot hands goods to (its township's). */
    private static final int HOUSEHOLDS = 2000;
    private static final DateTimeFormatter AXON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int BATCH = 2000;

    private final Config config;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    AuditLoader(Config config) {
        this.config = config;
    }

    /** The chain of one aggregate (a depot, or a transfer) as the loader continues it. */
    static final class Chain {
        final UUID depot;
        long next;
        String last;

        Chain(UUID depot, long next, String last) {
            this.depot = depot;
            this.next = next;
            this.last = last;
        }
    }

    /** What the big depot holds on hand (all lots) after its last event and after its event {@code big / 2}. */
    record Expected(Instant middle, long onHandMiddle, long onHandEnd, int lotsEnd) {
    }

    /** The big depot's lots as the loader hands out from them. */
    private static final class Book {
        final List<UUID> ids = new java.util.ArrayList<>();
        final List<Map<String, Object>> lots = new java.util.ArrayList<>();
        final List<long[]> onHand = new java.util.ArrayList<>();
        final UUID disaster = UUID.randomUUID();
        final UUID[] households = new UUID[HOUSEHOLDS];
        long total;
        int next;
        UUID lastReservation;
        int reservedLot;

        Book() {
            for (int h = 0; h < HOUSEHOLDS; h++) {
                households[h] = UUID.randomUUID();
            }
        }

        /** The next lot (round robin) that holds at least {@code quantity}. */
        int pick(long quantity) {
            for (int tries = 0; tries < ids.size(); tries++) {
                int lot = next++ % ids.size();
                if (onHand.get(lot)[0] >= quantity) {
                    return lot;
                }
            }
            throw new IllegalStateException("the big depot ran out of stock");
        }
    }

    /**
     * Appends {@code others} receipts spread over {@code otherDepots} new depots, then {@code big} receipts to
     * {@code bigDepot}; the timestamps run from {@code from} to {@code until}. Answers the timestamp of the big
     * depot's event number {@code big / 2} (a moment in the middle of its history) and what it holds then and at the
     * end.
     */
    Expected load(UUID bigDepot, int big, int otherDepots, int others, Instant from, Instant until)
            throws SQLException {
        long total = (long) big + others;
        double step = (double) (until.toEpochMilli() - from.toEpochMilli()) / total;
        Instant middle = null;
        long onHandMiddle = 0;
        Book book = new Book();
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl() + (config.jdbcUrl().contains("?")
                ? "&" : "?") + "reWriteBatchedInserts=true", config.jdbcUser(), config.jdbcPassword())) {
            connection.setAutoCommit(false);
            Chain[] depots = new Chain[otherDepots];
            for (int d = 0; d < otherDepots; d++) {
                depots[d] = new Chain(UUID.randomUUID(), 0, EventHash.GENESIS);
            }
            Chain bigChain = continued(connection, bigDepot);
            try (PreparedStatement insert = connection.prepareStatement(insertOf("DepotStock"))) {
                for (long i = 0; i < total; i++) {
                    Chain chain = i < others ? depots[(int) (i % otherDepots)] : bigChain;
                    Instant at = from.plusMillis((long) (i * step));
                    if (i < others) {
                        append(insert, chain, at, PAYLOAD_TYPE, receipt(chain.depot, UUID.randomUUID(), i, 1 + i % 50));
                    } else {
                        appendBig(insert, chain, at, i - others, book);
                    }
                    if (i == others + big / 2) {
                        middle = at;
                        onHandMiddle = book.total;
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == total) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        return new Expected(middle, onHandMiddle, book.total, book.ids.size());
    }

    /** The big depot's event number {@code k}: first its lots, then a cycle of ten — six distributions, a transfer
     * out (reserved, then issued), a distribution and either a transfer in (every 500th event) or a distribution. */
    private void appendBig(PreparedStatement insert, Chain chain, Instant at, long k, Book book)
            throws SQLException {
        if (k < BIG_LOTS) {
            UUID lot = UUID.randomUUID();
            Map<String, Object> payload = receipt(chain.depot, lot, k, BIG_LOT_QUANTITY);
            remember(book, lot, payload, BIG_LOT_QUANTITY);
            append(insert, chain, at, PAYLOAD_TYPE, payload);
            return;
        }
        int step = (int) (k % 10);
        if (step == 6) {
            int lot = book.pick(20);
            book.lastReservation = UUID.randomUUID();
            book.reservedLot = lot;
            append(insert, chain, at, EVENTS + "StockReserved", Map.of("depotId", chain.depot.toString(),
                    "reservationId", book.lastReservation.toString(), "lots", List.of(part(book, lot, 20))));
        } else if (step == 7) {
            int lot = book.reservedLot;
            book.onHand.get(lot)[0] -= 20;
            book.total -= 20;
            append(insert, chain, at, EVENTS + "ReservationIssued", Map.of("depotId", chain.depot.toString(),
                    "reservationId", book.lastReservation.toString(), "lots", List.of(part(book, lot, 20))));
        } else if (step == 9 && k % 500 == 9) {
            UUID lot = UUID.randomUUID();
            Map<String, Object> source = receipt(chain.depot, lot, k, 2000);
            remember(book, lot, source, 2000);
            Map<String, Object> sourceLot = new LinkedHashMap<>();
            sourceLot.put("lotId", UUID.randomUUID().toString());
            sourceLot.put("itemCode", source.get("itemCode"));
            sourceLot.put("lotNumber", source.get("lotNumber"));
            sourceLot.put("unit", source.get("unit"));
            sourceLot.put("producedOn", source.get("producedOn"));
            sourceLot.put("expiresOn", source.get("expiresOn"));
            sourceLot.put("quantity", 2000);
            Map<String, Object> arrived = new LinkedHashMap<>();
            arrived.put("lotId", lot.toString());
            arrived.put("source", sourceLot);
            arrived.put("received", 2000);
            arrived.put("damaged", 0);
            arrived.put("shortage", 0);
            arrived.put("reason", null);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("depotId", chain.depot.toString());
            payload.put("transferId", UUID.randomUUID().toString());
            payload.put("fromDepotId", UUID.randomUUID().toString());
            payload.put("receivedOn", "2026-11-20");
            payload.put("lots", List.of(arrived));
            append(insert, chain, at, EVENTS + "TransferredStockReceived", payload);
        } else {
            long quantity = 1 + k % 5;
            int lot = book.pick(quantity);
            book.onHand.get(lot)[0] -= quantity;
            book.total -= quantity;
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("depotId", chain.depot.toString());
            payload.put("distributionId", UUID.randomUUID().toString());
            payload.put("householdId", book.households[(int) (k % HOUSEHOLDS)].toString());
            payload.put("disasterId", book.disaster.toString());
            payload.put("recipientName", "基准户" + k % HOUSEHOLDS);
            payload.put("recipientIdNumber", null);
            payload.put("lots", List.of(part(book, lot, quantity)));
            append(insert, chain, at, EVENTS + "StockDistributed", payload);
        }
    }

    private static void remember(Book book, UUID lot, Map<String, Object> receipt, long quantity) {
        book.ids.add(lot);
        book.lots.add(receipt);
        book.onHand.add(new long[] {quantity});
        book.total += quantity;
    }

    /** A {@code LotQuantity} of the book's lot. */
    private static Map<String, Object> part(Book book, int lot, long quantity) {
        Map<String, Object> receipt = book.lots.get(lot);
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("lotId", book.ids.get(lot).toString());
        part.put("itemCode", receipt.get("itemCode"));
        part.put("lotNumber", receipt.get("lotNumber"));
        part.put("unit", receipt.get("unit"));
        part.put("producedOn", receipt.get("producedOn"));
        part.put("expiresOn", receipt.get("expiresOn"));
        part.put("quantity", quantity);
        return part;
    }

    private static Map<String, Object> receipt(UUID depot, UUID lot, long n, long quantity) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", depot.toString());
        payload.put("receiptId", UUID.randomUUID().toString());
        payload.put("lotId", lot.toString());
        payload.put("itemCode", ReferenceData.ITEM);
        payload.put("lotNumber", "A-" + n);
        payload.put("quantity", quantity);
        payload.put("unit", "套");
        payload.put("specification", "bench");
        payload.put("origin", null);
        payload.put("producedOn", "2026-01-01");
        payload.put("expiresOn", "2029-01-01");
        payload.put("receivedOn", "2026-11-20");
        payload.put("source", "PROCUREMENT");
        payload.put("reference", "AUDIT-BENCH");
        payload.put("supplier", null);
        return payload;
    }

    /** The insert of an event of an aggregate of this type, for {@link #append}. */
    static String insertOf(String aggregateType) {
        return "INSERT INTO eventstore.domain_event_entry (aggregate_identifier, sequence_number, type,"
                + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                + " VALUES (?, ?, '" + aggregateType + "', ?, ?, ?, '1', ?, ?)";
    }

    private void append(PreparedStatement insert, Chain chain, Instant at, String payloadType,
                        Map<String, Object> payload) throws SQLException {
        append(insert, "DepotStock", chain, at, payloadType, payload, ReferenceData.DIVISION, "audit benchmark load");
    }

    /**
     * Adds the next event of {@code chain} to the batch of {@code insert} (made from {@link #insertOf} with the same
     * aggregate type), hashed and chained, with the caller metadata of a user acting in {@code division}.
     */
    void append(PreparedStatement insert, String aggregateType, Chain chain, Instant at, String payloadType,
                Map<String, Object> payload, String division, String reason) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        String timestamp = AXON_TIME.format(at);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("userId", "bench-loader");
        meta.put("username", "bench-loader");
        meta.put("roles", "admin");
        meta.put("division", division);
        meta.put("correlationId", eventId);
        meta.put("causationId", eventId);
        meta.put("reason", reason);
        meta.put("prevHash", chain.last);
        byte[] payloadJson = json(payload);
        String hash = EventHash.digest(new EventHash.Material(chain.last, aggregateType, chain.depot.toString(),
                chain.next, eventId, timestamp, payloadType, "1", canonical.ofJson(payloadJson),
                canonical.ofMap(meta)));
        meta.put("hash", hash);
        insert.setString(1, chain.depot.toString());
        insert.setLong(2, chain.next);
        insert.setString(3, eventId);
        insert.setBytes(4, json(meta));
        insert.setBytes(5, payloadJson);
        insert.setString(6, payloadType);
        insert.setString(7, timestamp);
        insert.addBatch();
        chain.next++;
        chain.last = hash;
    }

    /** The depot's chain from its latest stored event on. */
    Chain continued(Connection connection, UUID depot) throws SQLException {
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
