package org.relieftrace.supplies.transfer;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.deadline.ReportDeadlines;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferRules.NamedLot;
import org.relieftrace.supplies.transfer.TransferViews.TransferLotView;
import org.relieftrace.supplies.transfer.TransferViews.TransferView;

/**
 * 调拨查询 — answers transfer questions: views and pages from the transfer read model, and, for the checks a command
 * needs before it is sent, the transfer as its own events tell it (never behind, unlike the read model).
 */
@ApplicationScoped
public class TransferQueries {

    /** A transfer as requested, and whether it was dispatched, from its own event stream. */
    public record TransferFacts(TransferRequested requested, boolean dispatched) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "transfer_id, supply_request_id, from_depot_id, from_division, to_depot_id,"
            + " to_division, lateral_move, status, lines, vehicle, driver, waybill_number, dispatched_on, received_on,"
            + " failure, dispatched_at, requested_by";
    private static final String MATCHING = " WHERE (from_division LIKE ? OR to_division LIKE ?)"
            + " AND (CAST(? AS TEXT) IS NULL OR status = ?)";

    @Inject
    Sql sql;

    @Inject
    EventStore eventStore;

    @Inject
    BeijingTime time;

    @Inject
    ReportDeadlines deadlines;

    /** Days after dispatch without receipt before a transfer is flagged overdue in transit. */
    @ConfigProperty(name = "supplies.transit-overdue-days", defaultValue = "3")
    int overdueDays;

    /** One transfer, without actions. */
    public Optional<TransferView> transfer(UUID transferId) {
        return sql.one("SELECT " + COLUMNS + " FROM supplies.transfer_view WHERE transfer_id = ?", this::view,
                transferId);
    }

    /**
     * The transfers leaving or reaching the divisions matching {@code divisionPattern} (a SQL {@code LIKE} pattern),
     * newest first; {@code status} optional.
     */
    public ListPage<TransferView> transfers(String divisionPattern, String status, int page, int size) {
        return SqlPages.windowed(sql, "SELECT " + COLUMNS + ", count(*) OVER () FROM supplies.transfer_view"
                        + MATCHING + " ORDER BY requested_at DESC, transfer_id LIMIT ? OFFSET ?",
                "SELECT count(*) FROM supplies.transfer_view" + MATCHING, this::view, page, size, divisionPattern,
                divisionPattern, status, status);
    }

    /** The transfer as its own events tell it; {@link NotFound} when there is none. */
    public TransferFacts facts(UUID transferId) {
        DomainEventStream events = eventStore.readEvents(transferId.toString(), 0);
        if (!events.hasNext() || !(events.next().getPayload() instanceof TransferRequested requested)) {
            throw new NotFound("transfer", transferId);
        }
        boolean dispatched = false;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            dispatched |= event.getPayload() instanceof TransferDispatched;
        }
        return new TransferFacts(requested, dispatched);
    }

    /** The lots among {@code lotIds} that the stock read model knows, with their expiry. */
    public List<NamedLot> namedLots(List<UUID> lotIds) {
        return lotIds.stream().flatMap(lotId -> sql.one("SELECT lot_number, expires_on FROM supplies.lot_stock"
                + " WHERE lot_id = ?", rows -> new NamedLot(lotId, rows.getString(1),
                rows.getObject(2, LocalDate.class)), lotId).stream()).toList();
    }

    private TransferView view(ResultSet rows) throws SQLException {
        UUID transferId = rows.getObject(1, UUID.class);
        List<Want> lines;
        try {
            lines = JSON.readValue(rows.getString(9), new TypeReference<List<Want>>() { });
        } catch (IOException e) {
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
                time.now(), overdueDays);
        LocalDate voucherDue = deadlines.voucherDue(dispatchedOn);
        boolean voucher = sql.one("SELECT 1 FROM supplies.filed_report WHERE kind = 'DISPATCH_VOUCHER'"
                + " AND subject_id = ?", r -> true, transferId).isPresent();
        return new TransferView(transferId, rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                rows.getString(4), rows.getObject(5, UUID.class), rows.getString(6), rows.getBoolean(7), status, lines,
                lots, rows.getString(10), rows.getString(11), rows.getString(12), dispatchedOn,
                voucherDue, rows.getObject(14, LocalDate.class), rows.getString(15), overdue, voucher,
                WorkingDays.overdue(voucherDue, voucher, time.today()), rows.getString(17), List.of());
    }

    /** Dispatched, not yet received, and on the road longer than {@code days}. */
    static boolean overdueInTransit(String status, Instant dispatchedAt, Instant now, int days) {
        return "DISPATCHED".equals(status) && dispatchedAt != null
                && dispatchedAt.plus(Duration.ofDays(days)).isBefore(now);
    }
}
