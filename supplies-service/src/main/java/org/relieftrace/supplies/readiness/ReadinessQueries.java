package org.relieftrace.supplies.readiness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;

/**
 * 战备状态 — readiness of a division's depots, rolled up through its tiers, from the stock (per depot and item, and
 * the lots that expire within 90 days or have expired), transfer and norm read models: on hand, reserved, in transit
 * towards it, expiring within 90 days, expired, and the gap to the reserve norm.
 */
@ApplicationScoped
public class ReadinessQueries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One item's readiness; {@code gap} = norm − usable (on hand − reserved − expired), never below zero. */
    public record ItemReadiness(String itemCode, long onHand, long reserved, long inTransit, long expiringIn90Days,
                                long expired, long norm, long gap) {
    }

    /** The items of one tier (COUNTY, TOWNSHIP, VILLAGE) inside the division. */
    public record TierReadiness(String tier, int depots, List<ItemReadiness> items) {
    }

    /** 战备 — a division's readiness: totals, and the same per tier. */
    public record Readiness(String division, LocalDate asOf, List<ItemReadiness> items, List<TierReadiness> tiers) {
    }

    /** A depot's stock summary for the map. */
    public record DepotSummary(UUID depotId, String code, String name, String division, String tier, String kind,
                               Double latitude, Double longitude, String address, List<ItemReadiness> items) {
    }

    private record Row(UUID depotId, String tier, String itemCode, long onHand, long reserved, long inTransit,
                       long expiring, long expired, long norm) {
    }

    @Inject
    Sql sql;

    public Readiness readiness(String division, String prefix) {
        List<Row> rows = rows(prefix);
        Map<String, List<Row>> byTier = new LinkedHashMap<>();
        for (String tier : List.of("COUNTY", "TOWNSHIP", "VILLAGE")) {
            byTier.put(tier, new ArrayList<>());
        }
        rows.forEach(row -> byTier.computeIfAbsent(row.tier(), t -> new ArrayList<>()).add(row));
        List<TierReadiness> tiers = new ArrayList<>();
        byTier.forEach((tier, part) -> {
            if (!part.isEmpty()) {
                tiers.add(new TierReadiness(tier, (int) part.stream().map(Row::depotId).distinct().count(),
                        rollUp(part)));
            }
        });
        return new Readiness(division, LocalDate.now(CHINA), rollUp(rows), tiers);
    }

    public List<DepotSummary> depots(String prefix) {
        Map<UUID, List<Row>> byDepot = new LinkedHashMap<>();
        rows(prefix).forEach(row -> byDepot.computeIfAbsent(row.depotId(), d -> new ArrayList<>()).add(row));
        return sql.list("""
                SELECT depot_id, code, name, division_code, tier, kind, latitude, longitude, address
                FROM supplies.known_depot WHERE division_code LIKE ? ORDER BY division_code, code""",
                r -> {
                    UUID id = r.getObject(1, UUID.class);
                    return new DepotSummary(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), (Double) r.getObject(7), (Double) r.getObject(8), r.getString(9),
                            rollUp(byDepot.getOrDefault(id, List.of())));
                }, prefix + "%");
    }

    private List<Row> rows(String prefix) {
        LocalDate today = LocalDate.now(CHINA);
        return sql.list("""
                WITH depots AS (SELECT depot_id, tier FROM supplies.known_depot WHERE division_code LIKE ?),
                stock AS (
                    SELECT s.depot_id, s.item_code, s.on_hand, s.reserved, coalesce(e.expiring, 0) AS expiring,
                           coalesce(e.expired, 0) AS expired
                    FROM supplies.depot_item_stock s JOIN depots d ON d.depot_id = s.depot_id
                    LEFT JOIN (
                        SELECT l.depot_id, l.item_code,
                               sum(CASE WHEN l.expires_on >= ? THEN l.on_hand ELSE 0 END) AS expiring,
                               sum(CASE WHEN l.expires_on < ? THEN l.on_hand ELSE 0 END) AS expired
                        FROM supplies.lot_stock l JOIN depots d ON d.depot_id = l.depot_id
                        WHERE l.expires_on < ? AND l.on_hand > 0 GROUP BY l.depot_id, l.item_code
                    ) e ON e.depot_id = s.depot_id AND e.item_code = s.item_code
                    WHERE s.on_hand > 0),
                transit AS (
                    SELECT t.to_depot_id AS depot_id, tl.item_code, sum(tl.quantity) AS quantity
                    FROM supplies.transfer_view t JOIN supplies.transfer_lot tl ON tl.transfer_id = t.transfer_id
                    JOIN depots d ON d.depot_id = t.to_depot_id
                    WHERE t.status = 'DISPATCHED' GROUP BY t.to_depot_id, tl.item_code),
                norms AS (
                    SELECT n.depot_id, n.item_code, n.quantity FROM supplies.reserve_norm n
                    JOIN depots d ON d.depot_id = n.depot_id),
                keys AS (SELECT depot_id, item_code FROM stock UNION SELECT depot_id, item_code FROM transit
                         UNION SELECT depot_id, item_code FROM norms)
                SELECT k.depot_id, d.tier, k.item_code, coalesce(s.on_hand, 0), coalesce(s.reserved, 0),
                       coalesce(t.quantity, 0), coalesce(s.expiring, 0), coalesce(s.expired, 0),
                       coalesce(n.quantity, 0)
                FROM keys k JOIN depots d ON d.depot_id = k.depot_id
                LEFT JOIN stock s ON s.depot_id = k.depot_id AND s.item_code = k.item_code
                LEFT JOIN transit t ON t.depot_id = k.depot_id AND t.item_code = k.item_code
                LEFT JOIN norms n ON n.depot_id = k.depot_id AND n.item_code = k.item_code
                ORDER BY k.item_code""",
                r -> new Row(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)),
                prefix + "%", today, today, today.plusDays(90));
    }

    private static List<ItemReadiness> rollUp(List<Row> rows) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        for (Row row : rows) {
            long[] s = sums.computeIfAbsent(row.itemCode(), k -> new long[7]);
            s[0] += row.onHand();
            s[1] += row.reserved();
            s[2] += row.inTransit();
            s[3] += row.expiring();
            s[4] += row.expired();
            s[5] += row.norm();
            s[6] += Math.max(0, row.norm() - (row.onHand() - row.reserved() - row.expired()));
        }
        List<ItemReadiness> items = new ArrayList<>();
        sums.forEach((item, s) -> items.add(new ItemReadiness(item, s[0], s[1], s[2], s[3], s[4], s[5], s[6])));
        return items;
    }
}
