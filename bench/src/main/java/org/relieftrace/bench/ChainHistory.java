package org.relieftrace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

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
 *
 * <p>This class chooses what happens next and where; {@link HistoryReceipts}, {@link HistoryTransfers} and
 * {@link HistoryDistributions} build each kind's events, which a {@link HistoryWriter} appends and dates.
 */
final class ChainHistory {

    private static final int BATCH = 2000;
    private static final int TOWNSHIP_HOUSEHOLDS = 300;

    /** What was written: events and seconds, depots and items used, lots, transfers and distributions. */
    record Result(long events, double seconds, int depots, int items, long lots, long transfers,
                  long distributions) {
    }

    private final Config config;
    private final Random random = new Random(20_260_720L);
    private final HistoryReceipts receipts = new HistoryReceipts(random);
    private final HistoryTransfers transfers = new HistoryTransfers(random);
    private final HistoryDistributions distributions = new HistoryDistributions(random);

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
            List<HistoryDepot> depots = depots(connection, appender, villageHouseholds);
            List<String[]> items = items(connection);
            List<HistoryDepot> county = depots.stream().filter(d -> d.tier.equals("COUNTY")).toList();
            List<HistoryDepot> townships = depots.stream().filter(d -> d.tier.equals("TOWNSHIP")).toList();
            List<HistoryDepot> villages = depots.stream().filter(d -> d.tier.equals("VILLAGE")).toList();
            if (county.isEmpty() || townships.isEmpty() || items.isEmpty()) {
                throw new SQLException("the sample county is not loaded: no county or township depots or items");
            }
            HistoryWriter out = new HistoryWriter(appender, events, from, until);
            long transferred = 0;
            long distributed = 0;
            while (out.written() < events) {
                double r = random.nextDouble();
                if (r < 0.015) {
                    receipts.receive(out, pick(county), items.get(random.nextInt(items.size())),
                            1000 + random.nextInt(4001));
                } else if (r < 0.025) {
                    receipts.receive(out, pick(townships), items.get(random.nextInt(items.size())),
                            50 + random.nextInt(351));
                } else if (r < 0.045 || (r < 0.05 && villages.isEmpty())) {
                    if (transfers.transfer(out, pick(county), pick(townships), 100 + random.nextInt(201))) {
                        transferred++;
                    }
                } else if (r < 0.05) {
                    HistoryDepot village = pick(villages);
                    List<HistoryDepot> parents = townships.stream()
                            .filter(t -> t.division.startsWith(village.division.substring(0, 9))).toList();
                    if (transfers.transfer(out, pick(parents.isEmpty() ? townships : parents), village,
                            20 + random.nextInt(61))) {
                        transferred++;
                    }
                } else {
                    HistoryDepot at = villages.isEmpty() || random.nextInt(10) < 7 ? pick(townships) : pick(villages);
                    if (distributions.distribute(out, at, disaster, 1 + random.nextInt(3))) {
                        distributed++;
                    }
                }
            }
            appender.flush();
            return new Result(out.written(), (System.nanoTime() - started) / 1e9, depots.size(), items.size(),
                    out.lots(), transferred, distributed);
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

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** The sample county's depots the supplies-service knows, other than the benchmarks' own. */
    private List<HistoryDepot> depots(Connection connection, EventAppender appender, List<UUID> villageHouseholds)
            throws SQLException {
        List<HistoryDepot> depots = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT code, division_code, tier"
                + " FROM supplies.known_depot WHERE division_code LIKE '" + ReferenceData.DIVISION.substring(0, 6)
                + "%' AND code NOT LIKE 'BENCH-%' ORDER BY code")) {
            while (rows.next()) {
                String code = rows.getString(1);
                depots.add(new HistoryDepot(code, rows.getString(2), rows.getString(3),
                        appender.continued("DepotStock", ReferenceData.depotId(code).toString())));
            }
        }
        for (HistoryDepot depot : depots) {
            if (depot.tier.equals("VILLAGE")) {
                depot.households.addAll(villageHouseholds);
            } else if (depot.tier.equals("TOWNSHIP")) {
                for (int h = 0; h < TOWNSHIP_HOUSEHOLDS; h++) {
                    depot.households.add(UUID.nameUUIDFromBytes(("household:" + depot.code + ":" + h)
                            .getBytes(StandardCharsets.UTF_8)));
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
}
