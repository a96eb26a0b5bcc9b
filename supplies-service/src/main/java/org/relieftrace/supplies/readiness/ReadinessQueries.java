package org.relieftrace.supplies.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.agreement.AgreementQueries;

/**
 * 战备状态 — readiness of a division's depots, rolled up through its tiers, from the stock (per depot and item, and
 * the lots that expire within 90 days or have expired), transfer and norm read models: on hand, reserved, in transit
 * towards it, expiring within 90 days, expired, and the gap to the reserve norm; and beside the goods on the shelf,
 * the other reserve kinds of the division's agreements: what is left to call off the agreement reserves in force
 * (协议储备, callable) and what the production-capacity agreements in force can make within N days (产能储备,
 * producible), counted at the tier of the agreement's division.
 */
@ApplicationScoped
public class ReadinessQueries {

    /**
     * One item's readiness; {@code gap} = norm − usable (on hand − reserved − expired), never below zero;
     * {@code callable} (协议储备可调用) and {@code producible} (产能储备 within the asked days) are not in the gap.
     */
    public record ItemReadiness(String itemCode, long onHand, long reserved, long inTransit, long expiringIn90Days,
                                long expired, long norm, long gap, long callable, long producible) {
    }

    /** The items of one tier (COUNTY, TOWNSHIP, VILLAGE) inside the division. */
    public record TierReadiness(String tier, int depots, List<ItemReadiness> items) {
    }

    /** 战备 — a division's readiness: totals, and the same per tier; producible counts {@code withinDays}. */
    public record Readiness(String division, LocalDate asOf, int withinDays, List<ItemReadiness> items,
                            List<TierReadiness> tiers) {
    }

    /** A depot's stock summary for the map. */
    public record DepotSummary(UUID depotId, String code, String name, String division, String tier, String kind,
                               Double latitude, Double longitude, String address, List<ItemReadiness> items) {
    }

    private record Row(UUID depotId, String tier, String itemCode, long onHand, long reserved, long inTransit,
                       long expiring, long expired, long norm, long callable, long producible) {
    }

    /** 储备定额 — the target quantity of one item at a depot. */
    public record NormView(String itemCode, long quantity) {
    }

    @Inject
    Sql sql;

    @Inject
    BeijingTime time;

    @Inject
    AgreementQueries agreements;

    /** A depot's reserve norms, by item code. */
    public ListPage<NormView> norms(UUID depotId, int page, int size) {
        return SqlPages.windowed(sql, "SELECT item_code, quantity, count(*) OVER () FROM supplies.reserve_norm"
                        + " WHERE depot_id = ? ORDER BY item_code LIMIT ? OFFSET ?",
                "SELECT count(*) FROM supplies.reserve_norm WHERE depot_id = ?",
                r -> new NormView(r.getString(1), r.getLong(2)), page, size, depotId);
    }

    /** 战备 — the readiness of the division whose codes start with {@code prefix}, rolled up per tier. */
    public Readiness readiness(String division, String prefix, int withinDays) {
        List<Row> rows = new ArrayList<>(rows(prefix));
        agreements.callable(prefix).forEach(part -> rows.add(new Row(null, tierOf(part.divisionCode()),
                part.itemCode(), 0, 0, 0, 0, 0, 0, part.quantity(), 0)));
        agreements.producible(prefix, withinDays).forEach(part -> rows.add(new Row(null,
                tierOf(part.divisionCode()), part.itemCode(), 0, 0, 0, 0, 0, 0, 0, part.quantity())));
        Map<String, List<Row>> byTier = new LinkedHashMap<>();
        for (String tier : List.of("COUNTY", "TOWNSHIP", "VILLAGE")) {
            byTier.put(tier, new ArrayList<>());
        }
        rows.forEach(row -> byTier.computeIfAbsent(row.tier(), t -> new ArrayList<>()).add(row));
        List<TierReadiness> tiers = new ArrayList<>();
        byTier.forEach((tier, part) -> {
            if (!part.isEmpty()) {
                tiers.add(new TierReadiness(tier, (int) part.stream().map(Row::depotId).filter(Objects::nonNull)
                        .distinct().count(), rollUp(part)));
            }
        });
        return new Readiness(division, time.today(), withinDays, rollUp(rows), tiers);
    }

    private static String tierOf(String divisionCode) {
        return DivisionCode.of(divisionCode).level().name();
    }

    /** The depots of the division whose codes start with {@code prefix}, each with its stock per item. */
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
        LocalDate today = time.today();
        // each source is read once, by its own index, then joined with the division's depots: the summary per depot
        // and item, the few lots expiring within 90 days or expired, the dispatched transfers, the norms
        return sql.list("""
                WITH depots AS MATERIALIZED (
                    SELECT depot_id, tier FROM supplies.known_depot WHERE division_code LIKE ?),
                parts AS MATERIALIZED (
                    SELECT depot_id, item_code, on_hand, reserved, 0 AS in_transit, 0 AS expiring, 0 AS expired,
                           0 AS norm
                    FROM supplies.depot_item_stock WHERE on_hand > 0
                    UNION ALL
                    SELECT depot_id, item_code, 0, 0, 0, CASE WHEN expires_on >= ? THEN on_hand ELSE 0 END,
                           CASE WHEN expires_on < ? THEN on_hand ELSE 0 END, 0
                    FROM supplies.lot_stock WHERE expires_on < ? AND on_hand > 0
                    UNION ALL
                    SELECT t.to_depot_id, tl.item_code, 0, 0, tl.quantity, 0, 0, 0
                    FROM supplies.transfer_view t JOIN supplies.transfer_lot tl ON tl.transfer_id = t.transfer_id
                    WHERE t.status = 'DISPATCHED'
                    UNION ALL
                    SELECT depot_id, item_code, 0, 0, 0, 0, 0, quantity FROM supplies.reserve_norm)
                SELECT d.depot_id, d.tier, p.item_code, sum(p.on_hand), sum(p.reserved), sum(p.in_transit),
                       sum(p.expiring), sum(p.expired), sum(p.norm)
                FROM parts p JOIN depots d ON d.depot_id = p.depot_id
                GROUP BY d.depot_id, d.tier, p.item_code ORDER BY p.item_code""",
                r -> new Row(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), 0, 0),
                prefix + "%", today, today, today.plusDays(90));
    }

    private static List<ItemReadiness> rollUp(List<Row> rows) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        for (Row row : rows) {
            long[] s = sums.computeIfAbsent(row.itemCode(), k -> new long[9]);
            s[0] += row.onHand();
            s[1] += row.reserved();
            s[2] += row.inTransit();
            s[3] += row.expiring();
            s[4] += row.expired();
            s[5] += row.norm();
            s[6] += Math.max(0, row.norm() - (row.onHand() - row.reserved() - row.expired()));
            s[7] += row.callable();
            s[8] += row.producible();
        }
        List<ItemReadiness> items = new ArrayList<>();
        sums.forEach((item, s) -> items.add(new ItemReadiness(item, s[0], s[1], s[2], s[3], s[4], s[5], s[6],
                s[7], s[8])));
        return items;
    }
}
