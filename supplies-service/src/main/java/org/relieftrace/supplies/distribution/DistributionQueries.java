package org.relieftrace.supplies.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.distribution.DistributionViews.DistributionView;
import org.relieftrace.supplies.distribution.DistributionViews.ItemQuantity;
import org.relieftrace.supplies.distribution.DistributionViews.TownshipDistributionView;

/** 分发记录查询 — what a depot handed out, from the lot movements of the stock read model. */
@ApplicationScoped
public class DistributionQueries {

    @Inject
    Sql sql;

    /** A depot's distributions, newest first, optionally of one household. */
    public ListPage<DistributionView> distributions(UUID depotId, UUID householdId, int page, int size) {
        long[] total = {0};
        List<DistributionView> items = sql.list("""
                SELECT m.distribution_id, m.household_id, m.reference_id, m.lot_id, l.item_code, l.lot_number,
                       -m.quantity, m.reason, count(*) OVER ()
                FROM supplies.lot_movement m JOIN supplies.lot_stock l ON l.lot_id = m.lot_id
                WHERE m.depot_id = ? AND m.kind = 'DISTRIBUTED' AND (?::uuid IS NULL OR m.household_id = ?::uuid)
                ORDER BY m.happened_at DESC, m.distribution_id LIMIT ? OFFSET ?""",
                rows -> {
                    total[0] = rows.getLong(9);
                    return new DistributionView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getString(5),
                            rows.getString(6), rows.getLong(7), rows.getString(8));
                },
                depotId, householdId, householdId, size, (long) page * size);
        return new ListPage<>(items, page, size, items.isEmpty() && page > 0 ? count(depotId, householdId) : total[0]);
    }

    private long count(UUID depotId, UUID householdId) {
        return sql.one("""
                SELECT count(*) FROM supplies.lot_movement m
                WHERE m.depot_id = ? AND m.kind = 'DISTRIBUTED' AND (?::uuid IS NULL OR m.household_id = ?::uuid)""",
                rows -> rows.getLong(1), depotId, householdId, householdId).orElse(0L);
    }

    /**
     * 分发统计 — per township of {@code division} (and below), what its households received for the disaster, net
     * of reversed distributions; by township code.
     */
    public ListPage<TownshipDistributionView> byTownship(UUID disasterId, String division, int page, int size) {
        String scope = division == null ? "%" : DivisionCode.of(division).likePattern();
        List<String[]> lines = sql.list("""
                SELECT substring(h.division_code, 1, 9) || '000', l.item_code, sum(-m.quantity),
                       count(DISTINCT m.household_id)
                FROM supplies.lot_movement m
                JOIN supplies.lot_stock l ON l.lot_id = m.lot_id
                JOIN supplies.known_household h ON h.household_id = m.household_id
                WHERE m.kind = 'DISTRIBUTED' AND m.reference_id = ? AND h.division_code LIKE ?
                  AND NOT EXISTS (SELECT 1 FROM supplies.lot_movement r WHERE r.kind = 'DISTRIBUTION_REVERSED'
                                  AND r.distribution_id = m.distribution_id)
                GROUP BY 1, 2 ORDER BY 1, 2""",
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)}, disasterId, scope);
        Map<String, List<ItemQuantity>> items = new TreeMap<>();
        lines.forEach(line -> items.computeIfAbsent(line[0], code -> new ArrayList<>())
                .add(new ItemQuantity(line[1], Long.parseLong(line[2]))));
        Map<String, Long> households = new TreeMap<>();
        sql.list("""
                SELECT substring(h.division_code, 1, 9) || '000', count(DISTINCT m.household_id)
                FROM supplies.lot_movement m JOIN supplies.known_household h ON h.household_id = m.household_id
                WHERE m.kind = 'DISTRIBUTED' AND m.reference_id = ? AND h.division_code LIKE ?
                  AND NOT EXISTS (SELECT 1 FROM supplies.lot_movement r WHERE r.kind = 'DISTRIBUTION_REVERSED'
                                  AND r.distribution_id = m.distribution_id)
                GROUP BY 1""", rows -> households.put(rows.getString(1), rows.getLong(2)), disasterId, scope);
        List<TownshipDistributionView> townships = items.entrySet().stream()
                .map(e -> new TownshipDistributionView(e.getKey(), households.getOrDefault(e.getKey(), 0L),
                        e.getValue().stream().mapToLong(ItemQuantity::quantity).sum(), e.getValue()))
                .toList();
        return ListPage.of(townships, page, size);
    }
}
