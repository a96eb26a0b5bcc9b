package org.relieftrace.supplies.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.queryhandling.QueryHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.supplies.transfer.TransferViews.TransferLotView;
import org.relieftrace.supplies.transfer.TransferViews.TransferPage;
import org.relieftrace.supplies.transfer.TransferViews.TransferView;

/** Answers transfer questions from the transfer read model. */
@ApplicationScoped
public class TransferQueries {

    /** Finds one transfer. */
    public record FindTransfer(UUID transferId) {
    }

    /** Finds the transfers leaving or reaching a division (and below), newest first; status optional. */
    public record ListTransfers(String divisionPrefix, String status, int page, int size) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "transfer_id, supply_request_id, from_depot_id, from_division, to_depot_id,"
            + " to_division, lateral_move, status, lines, vehicle, driver, waybill_number, dispatched_on, received_on,"
            + " failure, dispatched_at";

    @Inject
    Sql sql;

    /** Days after dispatch without receipt before a transfer is flagged overdue in transit. */
    @ConfigProperty(name = "supplies.transit-overdue-days", defaultValue = "3")
    int overdueDays;

    @QueryHandler
    public Optional<TransferView> handle(FindTransfer query) {
        return sql.one("SELECT " + COLUMNS + " FROM supplies.transfer_view WHERE transfer_id = ?", this::view,
                query.transferId());
    }

    @QueryHandler
    public TransferPage handle(ListTransfers query) {
        String prefix = query.divisionPrefix() == null ? "" : query.divisionPrefix();
        List<TransferView> found = sql.list("SELECT " + COLUMNS + " FROM supplies.transfer_view"
                        + " WHERE (from_division LIKE ? OR to_division LIKE ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR status = ?)"
                        + " ORDER BY requested_at DESC, transfer_id LIMIT ? OFFSET ?", this::view,
                prefix + "%", prefix + "%", query.status(), query.status(), query.size(),
                (long) query.page() * query.size());
        return new TransferPage(found, query.page(), query.size());
    }

    private TransferView view(ResultSet rows) throws SQLException {
        UUID transferId = rows.getObject(1, UUID.class);
        List<Want> lines;
        try {
            lines = JSON.readValue(rows.getString(9), new TypeReference<List<Want>>() { });
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        List<TransferLotView> lots = sql.list("""
                SELECT source_lot_id, item_code, lot_number, quantity, new_lot_id, received, damaged, shortage, reason
                FROM supplies.transfer_lot WHERE transfer_id = ? ORDER BY item_code, lot_number""",
                r -> new TransferLotView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getLong(4),
                        r.getObject(5, UUID.class), (Long) r.getObject(6), (Long) r.getObject(7),
                        (Long) r.getObject(8), r.getString(9)), transferId);
        String status = rows.getString(8);
        LocalDate dispatchedOn = rows.getObject(13, LocalDate.class);
        Timestamp dispatchedAt = rows.getTimestamp(16);
        boolean overdue = overdueInTransit(status, dispatchedAt == null ? null : dispatchedAt.toInstant(),
                Instant.now(), overdueDays);
        LocalDate voucherDue = dispatchedOn == null ? null : WorkingDays.after(dispatchedOn, 2);
        boolean voucher = sql.one("SELECT 1 FROM supplies.filed_report WHERE kind = 'DISPATCH_VOUCHER'"
                + " AND subject_id = ?", r -> true, transferId).isPresent();
        return new TransferView(transferId, rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                rows.getString(4), rows.getObject(5, UUID.class), rows.getString(6), rows.getBoolean(7), status, lines,
                lots, rows.getString(10), rows.getString(11), rows.getString(12), dispatchedOn,
                voucherDue, rows.getObject(14, LocalDate.class), rows.getString(15), overdue, voucher,
                WorkingDays.overdue(voucherDue, voucher, LocalDate.now(CHINA)));
    }

    /** Dispatched, not yet received, and on the road longer than {@code days}. */
    static boolean overdueInTransit(String status, Instant dispatchedAt, Instant now, int days) {
        return "DISPATCHED".equals(status) && dispatchedAt != null
                && dispatchedAt.plus(Duration.ofDays(days)).isBefore(now);
    }
}
