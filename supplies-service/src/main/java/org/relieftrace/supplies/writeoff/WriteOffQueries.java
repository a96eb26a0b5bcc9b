package org.relieftrace.supplies.writeoff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.stock.WriteOffRules;
import org.relieftrace.supplies.writeoff.WriteOffViews.WriteOffView;

/**
 * 报损台账查询 — a depot's write-offs from the write-off read model, each with the {@code actions} its caller may
 * take, computed by {@link WriteOffRules} as the depot's stock book enforces them.
 */
@ApplicationScoped
public class WriteOffQueries {

    @Inject
    Sql sql;

    /**
     * A depot's write-offs, in the order of their ids.
     *
     * @param actsHere the caller may act at the depot
     */
    public ListPage<WriteOffView> writeOffs(UUID depotId, Caller caller, boolean actsHere, int page, int size) {
        return SqlPages.windowed(sql, """
                SELECT write_off_id, lot_id, quantity, kind, requested_by, approved_by, status, count(*) OVER ()
                FROM supplies.write_off WHERE depot_id = ? ORDER BY write_off_id LIMIT ? OFFSET ?""",
                "SELECT count(*) FROM supplies.write_off WHERE depot_id = ?",
                rows -> {
                    String requestedBy = rows.getString(5);
                    String status = rows.getString(7);
                    return new WriteOffView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getLong(3), rows.getString(4), requestedBy, rows.getString(6), status,
                            WriteOffRules.actions("REQUESTED".equals(status), requestedBy, caller.roles(),
                                    caller.userId(), actsHere));
                }, page, size, depotId);
    }
}
