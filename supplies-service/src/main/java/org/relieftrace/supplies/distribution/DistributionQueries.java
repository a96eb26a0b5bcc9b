package org.relieftrace.supplies.distribution;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.distribution.DistributionViews.DistributionView;

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
}
