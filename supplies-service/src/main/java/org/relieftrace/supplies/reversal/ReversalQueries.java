package org.relieftrace.supplies.reversal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.reversal.ReversalViews.ReversalView;
import org.relieftrace.supplies.stock.ReversalRules;
import org.relieftrace.supplies.stock.ReversalRules.Status;

/**
 * 冲正查询 — the reversal of a receipt or a distribution from the reversal read model, with the {@code actions} its
 * caller may take, computed by {@link ReversalRules} as the depot's stock book enforces them.
 */
@ApplicationScoped
public class ReversalQueries {

    @Inject
    Sql sql;

    /** The reversal of a receipt of the depot (status NONE if never asked for); empty if there is no such receipt. */
    public Optional<ReversalView> receipt(UUID depotId, UUID receiptId, Caller caller, boolean actsHere) {
        List<Boolean> lots = sql.list("SELECT on_hand - reserved, received_quantity FROM supplies.lot_stock"
                + " WHERE depot_id = ? AND receipt_id = ?", rows -> ReversalRules.lotCanGiveBack(rows.getLong(1),
                rows.getLong(2)), depotId, receiptId);
        if (lots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(depotId, receiptId, ReversalRules.RECEIPT, !lots.contains(false), caller,
                actsHere));
    }

    /** The reversal of a distribution of the depot (status NONE if never asked for); empty if there is none. */
    public Optional<ReversalView> distribution(UUID depotId, UUID distributionId, Caller caller, boolean actsHere) {
        boolean known = sql.one("SELECT 1 FROM supplies.lot_movement WHERE depot_id = ? AND distribution_id = ?"
                + " AND kind = 'DISTRIBUTED' LIMIT 1", rows -> true, depotId, distributionId).isPresent();
        return known ? Optional.of(view(depotId, distributionId, ReversalRules.DISTRIBUTION, true, caller, actsHere))
                : Optional.empty();
    }

    private ReversalView view(UUID depotId, UUID recordId, String kind, boolean reversible, Caller caller,
                              boolean actsHere) {
        return sql.one("""
                SELECT status, requested_by, reason, requested_at, decided_by, decision_reason, decided_at
                FROM supplies.reversal WHERE record_id = ? AND depot_id = ?""",
                rows -> row(recordId, kind, rows, reversible, caller, actsHere), recordId, depotId)
                .orElseGet(() -> new ReversalView(recordId, kind, Status.NONE.name(), null, null, null, null, null,
                        null, ReversalRules.actions(Status.NONE, null, reversible, caller.roles(), caller.userId(),
                        actsHere)));
    }

    private static ReversalView row(UUID recordId, String kind, ResultSet rows, boolean reversible, Caller caller,
                                    boolean actsHere) throws SQLException {
        Status status = Status.valueOf(rows.getString(1));
        String requestedBy = rows.getString(2);
        return new ReversalView(recordId, kind, status.name(), requestedBy, rows.getString(3), instant(rows, 4),
                rows.getString(5), rows.getString(6), instant(rows, 7),
                ReversalRules.actions(status, requestedBy, reversible, caller.roles(), caller.userId(), actsHere));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        java.sql.Timestamp at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
