package org.relieftrace.supplies.stocktake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.stock.StocktakeRules;
import org.relieftrace.supplies.stocktake.StocktakeViews.LineView;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeSummary;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeView;

/**
 * 盘点查询 — a depot's count sessions from the stocktake read model, each with the {@code actions} its caller may
 * take, computed by {@link StocktakeRules} as the depot's stock book enforces them.
 */
@ApplicationScoped
public class StocktakeQueries {

    @Inject
    Sql sql;

    /**
     * A depot's count sessions, open and counted ones first, then newest first.
     *
     * @param actsHere the caller may act at the depot
     */
    public ListPage<StocktakeSummary> stocktakes(UUID depotId, Caller caller, boolean actsHere, int page, int size) {
        return SqlPages.windowed(sql, """
                SELECT stocktake_id, status, opened_at, counted_by, approved_by, started_by, counters, count(*) OVER ()
                FROM supplies.stocktake WHERE depot_id = ?
                ORDER BY status = 'APPROVED', opened_at DESC NULLS LAST, stocktake_id LIMIT ? OFFSET ?""",
                "SELECT count(*) FROM supplies.stocktake WHERE depot_id = ?",
                rows -> {
                    String status = rows.getString(2);
                    String countedBy = rows.getString(4);
                    return new StocktakeSummary(rows.getObject(1, UUID.class), status,
                            rows.getTimestamp(3) == null ? null : rows.getTimestamp(3).toInstant(), countedBy,
                            rows.getString(5), actions(status, rows.getString(6), rows.getString(7), caller, actsHere));
                }, page, size, depotId);
    }

    /** A count session of the depot with its variance lines, if there is one. */
    public Optional<StocktakeView> stocktake(UUID depotId, UUID stocktakeId, Caller caller, boolean actsHere) {
        List<LineView> lines = sql.list("SELECT lot_id, item_code, book, counted, reason FROM supplies.stocktake_line"
                        + " WHERE stocktake_id = ? ORDER BY item_code, lot_id",
                rows -> new LineView(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                        rows.getLong(4), rows.getLong(4) - rows.getLong(3), rows.getString(5)), stocktakeId);
        return sql.one("SELECT status, counted_by, approved_by, started_by, counters FROM supplies.stocktake"
                        + " WHERE stocktake_id = ? AND depot_id = ?", rows -> new StocktakeView(stocktakeId,
                        rows.getString(1), rows.getString(2), rows.getString(3), lines, actions(rows.getString(1),
                        rows.getString(4), rows.getString(5), caller, actsHere)), stocktakeId, depotId);
    }

    private static List<String> actions(String status, String startedBy, String counters, Caller caller,
                                        boolean actsHere) {
        List<String> counted = Arrays.stream(counters.split(" ")).filter(id -> !id.isEmpty()).toList();
        return StocktakeRules.actions(!"APPROVED".equals(status), startedBy, counted, caller.roles(),
                caller.userId(), actsHere);
    }
}
