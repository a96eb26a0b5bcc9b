package org.relieftrace.supplies.deadline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.platform.domain.WorkingDays;

/** 时限看板 — what is due or overdue in a division: acceptance reports, dispatch vouchers, goods in transit. */
@Path("/api/supplies/deadlines")
@Tag(name = "Deadlines", description = "时限看板 — acceptance reports, dispatch vouchers, overdue in transit")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DeadlineResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One thing due: the receipt or transfer, its depot and division, since when, when due, and if overdue today. */
    public record Due(UUID subjectId, UUID depotId, String division, LocalDate since, LocalDate due,
                      boolean overdue) {
    }

    /**
     * 时限看板 — receipts without an acceptance report (5 working days), dispatched transfers without a voucher
     * (2 working days), and transfers on the road longer than the configured days.
     */
    public record DeadlineBoard(String division, LocalDate today, List<Due> acceptanceReports,
                                List<Due> dispatchVouchers, List<Due> overdueInTransit) {
    }

    @Inject
    Sql sql;

    @Inject
    DivisionAccess access;

    /** Days after dispatch without receipt before a transfer is flagged overdue in transit. */
    @ConfigProperty(name = "supplies.transit-overdue-days", defaultValue = "3")
    int overdueDays;

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(summary = "What is due or overdue in a division and below",
            description = "Computed against today's date; `overdue=true` keeps only what is overdue.")
    public DeadlineBoard deadlines(@QueryParam("division") String division, @QueryParam("depot") UUID depot,
                                   @QueryParam("overdue") boolean overdueOnly) {
        String scope = access.readingScope(division);
        String prefix = (scope == null ? "" : Divisions.significantPrefix(scope)) + "%";
        LocalDate today = LocalDate.now(CHINA);
        List<Due> acceptance = sql.list("""
                SELECT l.receipt_id, l.depot_id, d.division_code, min(l.received_on)
                FROM supplies.lot_stock l JOIN supplies.known_depot d ON d.depot_id = l.depot_id
                WHERE l.receipt_id IS NOT NULL AND d.division_code LIKE ?
                  AND (CAST(? AS UUID) IS NULL OR l.depot_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM supplies.filed_report r
                                  WHERE r.kind = 'ACCEPTANCE' AND r.subject_id = l.receipt_id)
                GROUP BY l.receipt_id, l.depot_id, d.division_code ORDER BY 4, 1 LIMIT 500""",
                rows -> due(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getObject(4, LocalDate.class), 5, today), prefix, depot, depot);
        List<Due> vouchers = sql.list("""
                SELECT t.transfer_id, t.from_depot_id, t.from_division, t.dispatched_on FROM supplies.transfer_view t
                WHERE t.dispatched_on IS NOT NULL AND t.from_division LIKE ?
                  AND (CAST(? AS UUID) IS NULL OR t.from_depot_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM supplies.filed_report r
                                  WHERE r.kind = 'DISPATCH_VOUCHER' AND r.subject_id = t.transfer_id)
                ORDER BY 4, 1 LIMIT 500""",
                rows -> due(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getObject(4, LocalDate.class), 2, today), prefix, depot, depot);
        Instant limit = Instant.now().minus(Duration.ofDays(overdueDays));
        List<Due> transit = sql.list("""
                SELECT transfer_id, to_depot_id, to_division, dispatched_on, dispatched_at FROM supplies.transfer_view
                WHERE status = 'DISPATCHED' AND dispatched_at < ? AND (from_division LIKE ? OR to_division LIKE ?)
                  AND (CAST(? AS UUID) IS NULL OR from_depot_id = ? OR to_depot_id = ?)
                ORDER BY 5, 1 LIMIT 500""",
                rows -> new Due(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getObject(4, LocalDate.class), rows.getTimestamp(5).toInstant()
                        .plus(Duration.ofDays(overdueDays)).atZone(CHINA).toLocalDate(), true),
                Timestamp.from(limit), prefix, prefix, depot, depot, depot);
        return new DeadlineBoard(scope, today, keep(acceptance, overdueOnly), keep(vouchers, overdueOnly), transit);
    }

    private static Due due(UUID subject, UUID depot, String division, LocalDate since, int days, LocalDate today) {
        LocalDate due = WorkingDays.after(since, days);
        return new Due(subject, depot, division, since, due, WorkingDays.overdue(due, false, today));
    }

    private static List<Due> keep(List<Due> all, boolean overdueOnly) {
        return overdueOnly ? all.stream().filter(Due::overdue).toList() : all;
    }
}
