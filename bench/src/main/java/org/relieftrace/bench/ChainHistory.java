package org.relieftrace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.relieftrace.contracts.store.StoredPayloadType;
import org.relieftrace.platform.time.BeijingTime;

import static org.relieftrace.contracts.store.StoredPayloadType.RESERVATION_ISSUED;
import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_DISTRIBUTED;
import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_RESERVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFERRED_STOCK_RECEIVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_CLOSED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_DISPATCHED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_RECEIVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_REQUESTED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_RESERVED;


/**
 * A material-chain history (物资全链条) of the sample county's own depots — the county, township and village depots
 * that {@code ./relief up} seeds — appended straight to the event store with {@link EventAppender}'s hashed and chained
 * writes, because the HTTP API would take days for a million events. What it writes is what the services write for
 * the same story: receipts into lots (入库: procurement, donations and agreement call-offs at the county, donations at
 * the townships), transfers down the tiers (调拨: {@code TransferRequested}, {@code StockReserved} at the source,
 * {@code TransferReserved}, {@code TransferDispatched}, {@code ReservationIssued}, then {@code TransferReceived},
 * {@code TransferredStockReceived} at the destination as a new lot with its source lot, {@code TransferClosed}; a few
 * stay in transit, a few arrive with damage) and distributions to households (分发) from the township and village
 * depots, each taken from a lot that holds enough and has not expired.
 *
 * <p>{@code TransferApproved} is left out: it starts the transfer saga, which would send the history's reserve,
 * issue and receive commands a second time. Distributions at the village depot go to the households the chain
 * benchmark registered there; those at a township depot to households of a fixed pool per depot that the registry
 * does not hold (the direct write skips the check the API makes). The random choices are seeded: a run with the same
 * size and the same depots writes the same story (with new ids).
 */
final class ChainHistory {

    private static final ZoneId CHINA = BeijingTime.ZONE;
    private static final int BATCH = 2000;
    private static final int TOWNSHIP_HOUSEHOLDS = 300;
    private static final String REASON = "chain benchmark history";

    /** A depot of the sample county as the supplies-service knows it. */
    private static final class Depot {
        final String code;
        final String division;
        final String tier;
        final EventAppender.Chain chain;
        final List<Lot> stocked = new ArrayList<>();
        final List<UUID> households = new ArrayList<>();

        Depot(String code, String division, String tier, EventAppender.Chain chain) {
            this.code = code;
            this.division = division;
            this.tier = tier;
            this.chain = chain;
        }
    }

    /** A lot as the history hands out from it. */
    private static final class Lot {
        final UUID id = UUID.randomUUID();
        final Map<String, Object> label;
        long onHand;

        Lot(Map<String, Object> label, long onHand) {
            this.label = label;
            this.onHand = onHand;
        }
    }

    /** What was written: events and seconds, depots and items used, lots, transfers and distributions. */
    record Result(long events, double seconds, int depots, int items, long lots, long transfers,
                  long distributions) {
    }

    private final Config config;
    private final Random random = new Random(20_260_720L);
    /** Lots created: received, or arrived by transfer. */
    private long lots;

    ChainHistory(Config config) {
        this.config = config;
    }

    /**
     * Appends {@code events} events spread from {@code from} to {@code until}; the village depots' distributions go
     * to {@code villageHouseholds} (of the sample village) in {@code disaster}.
     */
    Result load(long events, List<UUID> villageHouseholds, UUID disaster, Instant from, Instant until)
            throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(EventAppender.batchedUrl(config.jdbcUrl()),
                config.jdbcUser(), config.jdbcPassword());
             EventAppender appender = new EventAppender(connection, BATCH)) {
            List<Depot> depots = depots(connection, appender, villageHouseholds);
            List<String[]> items = items(connection);
            List<Depot> county = depots.stream().filter(d -> d.tier.equals("COUNTY")).toList();
            List<Depot> townships = depots.stream().filter(d -> d.tier.equals("TOWNSHIP")).toList();
            List<Depot> villages = depots.stream().filter(d -> d.tier.equals("VILLAGE")).toList();
            if (county.isEmpty() || townships.isEmpty() || items.isEmpty()) {
                throw new SQLException("the sample county is not loaded: no county or township depots or items");
            }
            Writer out = new Writer(appender, events, from, until);
            long transfers = 0;
            long distributions = 0;
            while (out.written < events) {
                double r = random.nextDouble();
                if (r < 0.015) {
                    receipt(out, pick(county), items.get(random.nextInt(items.size())), 1000 + random.nextInt(4001));
                } else if (r < 0.025) {
                    receipt(out, pick(townships), items.get(random.nextInt(items.size())), 50 + random.nextInt(351));
                } else if (r < 0.045 || (r < 0.05 && villages.isEmpty())) {
                    if (transfer(out, pick(county), pick(townships), 100 + random.nextInt(201))) {
                        transfers++;
                    }
                } else if (r < 0.05) {
                    Depot village = pick(villages);
                    List<Depot> parents = townships.stream()
                            .filter(t -> t.division.startsWith(village.division.substring(0, 9))).toList();
                    if (transfer(out, pick(parents.isEmpty() ? townships : parents), village,
                            20 + random.nextInt(61))) {
                        transfers++;
                    }
                } else {
                    Depot at = villages.isEmpty() || random.nextInt(10) < 7 ? pick(townships) : pick(villages);
                    if (distribute(out, at, disaster, 1 + random.nextInt(3))) {
                        distributions++;
                    }
                }
            }
            appender.flush();
            return new Result(out.written, (System.nanoTime() - started) / 1e9, depots.size(), items.size(), lots,
                    transfers, distributions);
        }
    }

    /**
     * Lots with a forward history in the read model, at most {@code limit} picked at random: when {@code county},
     * county lots transferred down whose arrived lots were distributed from; else township and village lots that
     * arrived by transfer and were distributed from.
     */
    static List<String> tracedLots(Config config, boolean county, int limit) throws SQLException {
        String sql = county ? """
                SELECT DISTINCT p.lot_id FROM supplies.lot_stock p
                JOIN supplies.known_depot d ON d.depot_id = p.depot_id AND d.tier = 'COUNTY'
                JOIN supplies.lot_stock c ON c.source_lot_id = p.lot_id
                WHERE EXISTS (SELECT 1 FROM supplies.lot_movement m WHERE m.lot_id = c.lot_id
                              AND m.kind = 'DISTRIBUTED')""" : """
                SELECT l.lot_id FROM supplies.lot_stock l WHERE l.source_lot_id IS NOT NULL
                AND EXISTS (SELECT 1 FROM supplies.lot_movement m WHERE m.lot_id = l.lot_id
                            AND m.kind = 'DISTRIBUTED')""";
        List<String> lots = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(),
                config.jdbcPassword());
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT lot_id FROM (" + sql + ") x ORDER BY random() LIMIT " + limit)) {
            while (rows.next()) {
                lots.add(rows.getString(1));
            }
        }
        return lots;
    }

    private void receipt(Writer out, Depot depot, String[] item, long quantity) throws SQLException {
        LocalDate on = out.today();
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("itemCode", item[0]);
        label.put("lotNumber", "H" + on.toString().replace("-", "") + "-" + random.nextInt(100_000));
        label.put("unit", item[1]);
        label.put("producedOn", on.minusDays(random.nextInt(180)).toString());
        label.put("expiresOn", item[2] == null ? null : out.until().plusDays(10 + random.nextInt(1100)).toString());
        Lot lot = new Lot(label, quantity);
        String source = depot.tier.equals("COUNTY")
                ? List.of("PROCUREMENT", "PROCUREMENT", "PROCUREMENT", "DONATION", "AGREEMENT_CALL_OFF")
                        .get(random.nextInt(5)) : "DONATION";
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", ReferenceData.depotId(depot.code).toString());
        payload.put("receiptId", UUID.randomUUID().toString());
        payload.put("lotId", lot.id.toString());
        payload.put("itemCode", item[0]);
        payload.put("lotNumber", label.get("lotNumber"));
        payload.put("quantity", quantity);
        payload.put("unit", item[1]);
        payload.put("specification", item[3]);
        payload.put("origin", "重庆");
        payload.put("producedOn", label.get("producedOn"));
        payload.put("expiresOn", label.get("expiresOn"));
        payload.put("receivedOn", on.toString());
        payload.put("source", source);
        payload.put("reference", source.equals("DONATION") ? "JZ-" + random.nextInt(100_000)
                : "CG-" + on.getYear() + "-" + random.nextInt(10_000));
        payload.put("supplier", source.equals("DONATION") ? "爱心企业" + random.nextInt(50) : "供应商" + random.nextInt(20));
        out.stock(depot, AuditLoader.PAYLOAD_TYPE, payload);
        depot.stocked.add(lot);
        lots++;
    }

    /** A transfer of {@code quantity} from one lot of {@code from} to {@code to}; false when no lot holds enough. */
    private boolean transfer(Writer out, Depot from, Depot to, long quantity) throws SQLException {
        Lot lot = lotWith(from, quantity);
        if (lot == null) {
            return false;
        }
        UUID transferId = UUID.randomUUID();
        String id = transferId.toString();
        EventAppender.Chain chain = EventAppender.Chain.fresh("Transfer", transferId.toString());
        String fromId = ReferenceData.depotId(from.code).toString();
        String toId = ReferenceData.depotId(to.code).toString();
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("itemCode", lot.label.get("itemCode"));
        want.put("quantity", quantity);
        want.put("lotId", null);
        Map<String, Object> requested = new LinkedHashMap<>();
        requested.put("transferId", id);
        requested.put("supplyRequestId", null);
        requested.put("fromDepotId", fromId);
        requested.put("fromDivision", from.division);
        requested.put("toDepotId", toId);
        requested.put("toDivision", to.division);
        requested.put("lateral", false);
        requested.put("lines", List.of(want));
        out.transfer(chain, from.division, TRANSFER_REQUESTED, requested);
        List<Map<String, Object>> parts = List.of(part(lot, quantity));
        out.stock(from, STOCK_RESERVED.typeName(), Map.of("depotId", fromId, "reservationId", id, "lots", parts));
        out.transfer(chain, from.division, TRANSFER_RESERVED, Map.of("transferId", id, "lots", parts));
        Map<String, Object> dispatched = new LinkedHashMap<>();
        dispatched.put("transferId", id);
        dispatched.put("fromDepotId", fromId);
        dispatched.put("toDepotId", toId);
        dispatched.put("vehicle", "渝A" + (10_000 + random.nextInt(90_000)));
        dispatched.put("driver", "驾驶员" + random.nextInt(40));
        dispatched.put("waybillNumber", "YD-" + id.substring(0, 8));
        dispatched.put("dispatchedOn", out.today().toString());
        dispatched.put("lots", parts);
        out.transfer(chain, from.division, TRANSFER_DISPATCHED, dispatched);
        lot.onHand -= quantity;
        out.stock(from, RESERVATION_ISSUED.typeName(), Map.of("depotId", fromId, "reservationId", id, "lots", parts));
        if (random.nextInt(100) < 3) {
            return true; // in transit: no new lot yet
        }
        long damaged = random.nextInt(50) == 0 ? 1 + random.nextInt(2) : 0;
        Lot arrived = new Lot(lot.label, quantity - damaged);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lotId", arrived.id.toString());
        line.put("source", part(lot, quantity));
        line.put("received", quantity - damaged);
        line.put("damaged", damaged);
        line.put("shortage", 0);
        line.put("reason", damaged > 0 ? "运输途中破损" : null);
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("transferId", id);
        received.put("supplyRequestId", null);
        received.put("fromDepotId", fromId);
        received.put("toDepotId", toId);
        received.put("receivedOn", out.today().toString());
        received.put("lots", List.of(line));
        out.transfer(chain, to.division, TRANSFER_RECEIVED, received);
        Map<String, Object> arrival = new LinkedHashMap<>();
        arrival.put("depotId", toId);
        arrival.put("transferId", id);
        arrival.put("fromDepotId", fromId);
        arrival.put("receivedOn", out.today().toString());
        arrival.put("lots", List.of(line));
        out.stock(to, TRANSFERRED_STOCK_RECEIVED.typeName(), arrival);
        out.transfer(chain, to.division, TRANSFER_CLOSED, Map.of("transferId", id));
        to.stocked.add(arrived);
        lots++;
        return true;
    }

    /** Hands {@code quantity} of one lot of {@code depot} to one of its households; false if no lot has it. */
    private boolean distribute(Writer out, Depot depot, UUID disaster, long quantity) throws SQLException {
        Lot lot = lotWith(depot, quantity);
        if (lot == null || depot.households.isEmpty()) {
            return false;
        }
        lot.onHand -= quantity;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", ReferenceData.depotId(depot.code).toString());
        payload.put("distributionId", UUID.randomUUID().toString());
        int household = random.nextInt(depot.households.size());
        payload.put("householdId", depot.households.get(household).toString());
        payload.put("disasterId", disaster.toString());
        payload.put("recipientName", "受助户" + household);
        payload.put("recipientIdNumber", null);
        payload.put("lots", List.of(part(lot, quantity)));
        out.stock(depot, STOCK_DISTRIBUTED.typeName(), payload);
        return true;
    }

    /** A lot of the depot that holds at least {@code quantity} (a few random tries); emptied lots leave the list. */
    private Lot lotWith(Depot depot, long quantity) {
        for (int tries = 0; tries < 8 && !depot.stocked.isEmpty(); tries++) {
            int at = random.nextInt(depot.stocked.size());
            Lot lot = depot.stocked.get(at);
            if (lot.onHand == 0) {
                depot.stocked.set(at, depot.stocked.get(depot.stocked.size() - 1));
                depot.stocked.remove(depot.stocked.size() - 1);
            } else if (lot.onHand >= quantity) {
                return lot;
            }
        }
        return null;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A {@code LotQuantity} of the lot. */
    private static Map<String, Object> part(Lot lot, long quantity) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("lotId", lot.id.toString());
        part.putAll(lot.label);
        part.put("quantity", quantity);
        return part;
    }

    /** The sample county's depots the supplies-service knows, other than the benchmarks' own. */
    private List<Depot> depots(Connection connection, EventAppender appender, List<UUID> villageHouseholds) throws SQLException {
        List<Depot> depots = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT code, division_code, tier"
                + " FROM supplies.known_depot WHERE division_code LIKE '" + ReferenceData.DIVISION.substring(0, 6)
                + "%' AND code NOT LIKE 'BENCH-%' ORDER BY code")) {
            while (rows.next()) {
                String code = rows.getString(1);
                depots.add(new Depot(code, rows.getString(2), rows.getString(3),
                        appender.continued("DepotStock", ReferenceData.depotId(code).toString())));
            }
        }
        for (Depot depot : depots) {
            if (depot.tier.equals("VILLAGE")) {
                depot.households.addAll(villageHouseholds);
            } else if (depot.tier.equals("TOWNSHIP")) {
                for (int h = 0; h < TOWNSHIP_HOUSEHOLDS; h++) {
                    depot.households.add(UUID.nameUUIDFromBytes(("household:" + depot.code + ":" + h)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        connection.commit();
        return depots;
    }

    /** The catalog's items (code, unit, shelf life or null, specification), other than the benchmarks' own. */
    private static List<String[]> items(Connection connection) throws SQLException {
        List<String[]> items = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT item_code, unit,"
                + " shelf_life_days::text, specification FROM supplies.known_item WHERE item_code <> '"
                + ReferenceData.ITEM + "' ORDER BY item_code")) {
            while (rows.next()) {
                items.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        connection.commit();
        return items;
    }

    /** Appends the events of depots and transfers, with timestamps increasing from {@code from} to {@code until}. */
    private final class Writer {
        final EventAppender appender;
        final Instant from;
        final double step;
        final Instant end;
        long written;

        Writer(EventAppender appender, long events, Instant from, Instant until) {
            this.appender = appender;
            this.from = from;
            this.end = until;
            this.step = (double) (until.toEpochMilli() - from.toEpochMilli()) / events;
        }

        Instant now() {
            return from.plusMillis((long) (written * step));
        }

        LocalDate today() {
            return LocalDate.ofInstant(now(), CHINA);
        }

        LocalDate until() {
            return LocalDate.ofInstant(end, CHINA);
        }

        void stock(Depot depot, String payloadType, Map<String, Object> payload) throws SQLException {
            appender.append(depot.chain, now(), actor(depot.division), REASON, payloadType, payload);
            written++;
        }

        void transfer(EventAppender.Chain chain, String division, StoredPayloadType event, Map<String, Object> payload)
                throws SQLException {
            appender.append(chain, now(), actor(division), REASON, event.typeName(), payload);
            written++;
        }

        private EventAppender.Actor actor(String division) {
            return new EventAppender.Actor("bench-loader", "admin", division);
        }
    }
}
