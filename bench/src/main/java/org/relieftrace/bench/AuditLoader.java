package org.relieftrace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.bench.EventAppender.Chain;
import org.relieftrace.contracts.supplies.StockReceived;

import static org.relieftrace.contracts.store.StoredPayloadType.RESERVATION_ISSUED;
import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_DISTRIBUTED;
import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_RESERVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFERRED_STOCK_RECEIVED;

/**
 * Appends stock receipts (入库, {@code StockReceived}) straight into the event store, each hashed and chained per
 * depot ({@link EventAppender}: the platform's own hash, exactly as the services stamp them; a
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

    static final String PAYLOAD_TYPE = StockReceived.class.getName();
    /** Lots the big depot receives before it starts handing out. */
    static final int BIG_LOTS = 300;
    private static final long BIG_LOT_QUANTITY = 100_000;
    /** Households the big depot hands goods to (its township's). */
    private static final int HOUSEHOLDS = 2000;
    private static final String TYPE = "DepotStock";
    private static final EventAppender.Actor LOADER = new EventAppender.Actor("bench-loader", "admin",
            ReferenceData.DIVISION);
    private static final int BATCH = 2000;

    private final Config config;

    AuditLoader(Config config) {
        this.config = config;
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
        try (Connection connection = DriverManager.getConnection(EventAppender.batchedUrl(config.jdbcUrl()),
                config.jdbcUser(), config.jdbcPassword());
             EventAppender appender = new EventAppender(connection, BATCH)) {
            Chain[] depots = new Chain[otherDepots];
            for (int d = 0; d < otherDepots; d++) {
                depots[d] = Chain.fresh(TYPE, UUID.randomUUID().toString());
            }
            Chain bigChain = appender.continued(TYPE, bigDepot.toString());
            for (long i = 0; i < total; i++) {
                Chain chain = i < others ? depots[(int) (i % otherDepots)] : bigChain;
                Instant at = from.plusMillis((long) (i * step));
                if (i < others) {
                    append(appender, chain, at, PAYLOAD_TYPE, receipt(depotOf(chain), UUID.randomUUID(), i,
                            1 + i % 50));
                } else {
                    appendBig(appender, chain, at, i - others, book);
                }
                if (i == others + big / 2) {
                    middle = at;
                    onHandMiddle = book.total;
                }
            }
        }
        return new Expected(middle, onHandMiddle, book.total, book.ids.size());
    }

    /** The big depot's event number {@code k}: first its lots, then a cycle of ten — six distributions, a transfer
     * out (reserved, then issued), a distribution and either a transfer in (every 500th event) or a distribution. */
    private void appendBig(EventAppender appender, Chain chain, Instant at, long k, Book book)
            throws SQLException {
        if (k < BIG_LOTS) {
            UUID lot = UUID.randomUUID();
            Map<String, Object> payload = receipt(depotOf(chain), lot, k, BIG_LOT_QUANTITY);
            remember(book, lot, payload, BIG_LOT_QUANTITY);
            append(appender, chain, at, PAYLOAD_TYPE, payload);
            return;
        }
        int step = (int) (k % 10);
        if (step == 6) {
            int lot = book.pick(20);
            book.lastReservation = UUID.randomUUID();
            book.reservedLot = lot;
            append(appender, chain, at, STOCK_RESERVED.typeName(), Map.of("depotId", chain.id,
                    "reservationId", book.lastReservation.toString(), "lots", List.of(part(book, lot, 20))));
        } else if (step == 7) {
            int lot = book.reservedLot;
            book.onHand.get(lot)[0] -= 20;
            book.total -= 20;
            append(appender, chain, at, RESERVATION_ISSUED.typeName(), Map.of("depotId", chain.id,
                    "reservationId", book.lastReservation.toString(), "lots", List.of(part(book, lot, 20))));
        } else if (step == 9 && k % 500 == 9) {
            UUID lot = UUID.randomUUID();
            Map<String, Object> source = receipt(depotOf(chain), lot, k, 2000);
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
            payload.put("depotId", chain.id);
            payload.put("transferId", UUID.randomUUID().toString());
            payload.put("fromDepotId", UUID.randomUUID().toString());
            payload.put("receivedOn", "2026-11-20");
            payload.put("lots", List.of(arrived));
            append(appender, chain, at, TRANSFERRED_STOCK_RECEIVED.typeName(), payload);
        } else {
            long quantity = 1 + k % 5;
            int lot = book.pick(quantity);
            book.onHand.get(lot)[0] -= quantity;
            book.total -= quantity;
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("depotId", chain.id);
            payload.put("distributionId", UUID.randomUUID().toString());
            payload.put("householdId", book.households[(int) (k % HOUSEHOLDS)].toString());
            payload.put("disasterId", book.disaster.toString());
            payload.put("recipientName", "基准户" + k % HOUSEHOLDS);
            payload.put("recipientIdNumber", null);
            payload.put("lots", List.of(part(book, lot, quantity)));
            append(appender, chain, at, STOCK_DISTRIBUTED.typeName(), payload);
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

    private static void append(EventAppender appender, Chain chain, Instant at, String payloadType,
                               Map<String, Object> payload) throws SQLException {
        appender.append(chain, at, LOADER, "audit benchmark load", payloadType, payload);
    }

    private static UUID depotOf(Chain chain) {
        return UUID.fromString(chain.id);
    }
}
