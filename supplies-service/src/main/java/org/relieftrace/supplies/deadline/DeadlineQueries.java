package org.relieftrace.supplies.deadline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.deadline.DeadlineViews.Due;
import org.relieftrace.supplies.deadline.DeadlineViews.DueKind;

/**
 * 时限查询 — what is due or overdue: receipts without an acceptance report, dispatched transfers without a voucher
 * (in the configured working days, {@link ReportDeadlines}), and transfers on the road longer than the configured
 * days, counted against today's date in Beijing.
 */
@ApplicationScoped
public class DeadlineQueries {

    private static final String BOARD = """
            SELECT kind, subject_id, depot_id, division, since, at, count(*) OVER () FROM (
              SELECT 0 AS rank, 'ACCEPTANCE_REPORT' AS kind, l.receipt_id AS subject_id, l.depot_id,
                  d.division_code AS division, min(l.received_on) AS since, CAST(NULL AS TIMESTAMPTZ) AS at
              FROM supplies.lot_stock l JOIN supplies.known_depot d ON d.depot_id = l.depot_id
              WHERE l.receipt_id IS NOT NULL AND d.division_code LIKE ?
                AND (CAST(? AS UUID) IS NULL OR l.depot_id = ?)
                AND NOT EXISTS (SELECT 1 FROM supplies.filed_report r
                                WHERE r.kind = 'ACCEPTANCE' AND r.subject_id = l.receipt_id)
              GROUP BY l.receipt_id, l.depot_id, d.division_code
              HAVING CAST(? AS DATE) IS NULL OR min(l.received_on) <= ?
              UNION ALL
              SELECT 1, 'DISPATCH_VOUCHER', t.transfer_id, t.from_depot_id, t.from_division, t.dispatched_on, NULL
              FROM supplies.transfer_view t
              WHERE t.dispatched_on IS NOT NULL AND t.from_division LIKE ?
                AND (CAST(? AS UUID) IS NULL OR t.from_depot_id = ?)
                AND (CAST(? AS DATE) IS NULL OR t.dispatched_on <= ?)
                AND NOT EXISTS (SELECT 1 FROM supplies.filed_report r
                                WHERE r.kind = 'DISPATCH_VOUCHER' AND r.subject_id = t.transfer_id)
              UNION ALL
              SELECT 2, 'OVERDUE_IN_TRANSIT', transfer_id, to_depot_id, to_division, dispatched_on, dispatched_at
              FROM supplies.transfer_view
              WHERE status = 'DISPATCHED' AND dispatched_at < ? AND (from_division LIKE ? OR to_division LIKE ?)
                AND (CAST(? AS UUID) IS NULL OR from_depot_id = ? OR to_depot_id = ?)
            ) due
            ORDER BY rank, at, since, subject_id LIMIT ? OFFSET ?""";

    @Inject
    Sql sql;

    @Inject
    BeijingTime time;

    @Inject
    ReportDeadlines deadlines;

    /** Days after dispatch without receipt before a transfer is flagged overdue in transit. */
    @ConfigProperty(name = "supplies.transit-overdue-days", defaultValue = "3")
    int overdueDays;

    /**
     * What is due in the divisions matching {@code divisionPattern} (a SQL {@code LIKE} pattern), optionally at one
     * depot; {@code overdueOnly} keeps what is overdue today.
     */
    public ListPage<Due> board(String divisionPattern, UUID depot, boolean overdueOnly, int page, int size) {
        LocalDate today = time.today();
        LocalDate acceptanceSince = overdueOnly ? latestOverdueStart(today, deadlines.acceptanceDays()) : null;
        LocalDate voucherSince = overdueOnly ? latestOverdueStart(today, deadlines.voucherDays()) : null;
        Timestamp transitLimit = Timestamp.from(time.now().minus(Duration.ofDays(overdueDays)));
        long[] total = {0};
        List<Due> items = sql.list(BOARD, rows -> {
            total[0] = rows.getLong(7);
            DueKind kind = DueKind.valueOf(rows.getString(1));
            LocalDate since = rows.getObject(5, LocalDate.class);
            LocalDate due = switch (kind) {
                case ACCEPTANCE_REPORT -> deadlines.acceptanceDue(since);
                case DISPATCH_VOUCHER -> deadlines.voucherDue(since);
                case OVERDUE_IN_TRANSIT -> BeijingTime.dateOf(rows.getTimestamp(6).toInstant()
                        .plus(Duration.ofDays(overdueDays)));
            };
            boolean overdue = kind == DueKind.OVERDUE_IN_TRANSIT || WorkingDays.overdue(due, false, today);
            return new Due(kind, rows.getObject(2, UUID.class), rows.getObject(3, UUID.class), rows.getString(4),
                    since, due, overdue);
        }, divisionPattern, depot, depot, acceptanceSince, acceptanceSince,
                divisionPattern, depot, depot, voucherSince, voucherSince,
                transitLimit, divisionPattern, divisionPattern, depot, depot, depot, size, (long) page * size);
        if (items.isEmpty() && page > 0) {
            total[0] = board(divisionPattern, depot, overdueOnly, 0, 1).total();
        }
        return new ListPage<>(items, page, size, total[0]);
    }

    /** The latest start from which a report due in {@code days} working days is overdue {@code today}. */
    static LocalDate latestOverdueStart(LocalDate today, int days) {
        LocalDate start = today.minusDays(1);
        while (!WorkingDays.overdue(WorkingDays.after(start, days), false, today)) {
            start = start.minusDays(1);
        }
        return start;
    }
}
