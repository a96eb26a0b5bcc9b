package org.relieftrace.supplies.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.deadline.ReportDeadlines;
import org.relieftrace.supplies.stock.StockViews.DepotItems;
import org.relieftrace.supplies.stock.StockViews.DepotStockView;
import org.relieftrace.supplies.stock.StockViews.DivisionStock;
import org.relieftrace.supplies.stock.StockViews.ItemStock;
import org.relieftrace.supplies.stock.StockViews.ItemTotal;
import org.relieftrace.supplies.stock.StockViews.LotView;
import org.relieftrace.supplies.stock.StockViews.ReceiptView;

/** 库存查询 — answers stock questions from the lot read model (and, for a past moment, from the depots' events). */
@ApplicationScoped
public class StockQueries {

    private static final String LOT_COLUMNS = "lot_id, receipt_id, item_code, lot_number, unit, specification,"
            + " origin, produced_on, expires_on, received_on, source, reference, supplier, received_quantity,"
            + " on_hand, reserved";

    private record KnownDepot(UUID id, String code, String name, String division) {
    }

    @Inject
    Sql sql;

    @Inject
    StockAtMoment history;

    @Inject
    BeijingTime time;

    @Inject
    ReportDeadlines deadlines;

    /** A depot's totals per item and one page of its lots on the shelf, by item and earliest expiry. */
    public DepotStockView depotStock(UUID depotId, int page, int size) {
        List<ItemTotal> items = sql.list("""
                SELECT item_code, min(unit), sum(on_hand), sum(reserved), count(*)
                FROM supplies.lot_stock WHERE depot_id = ? AND on_hand > 0
                GROUP BY item_code ORDER BY item_code""",
                rows -> new ItemTotal(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(3) - rows.getLong(4), rows.getInt(5)), depotId);
        List<LotView> lots = sql.list("SELECT " + LOT_COLUMNS + " FROM supplies.lot_stock"
                        + " WHERE depot_id = ? AND on_hand > 0"
                        + " ORDER BY item_code, expires_on NULLS LAST, lot_number LIMIT ? OFFSET ?",
                StockQueries::lot, depotId, size, (long) page * size);
        long total = sql.one("SELECT count(*) FROM supplies.lot_stock WHERE depot_id = ? AND on_hand > 0",
                rows -> rows.getLong(1), depotId).orElse(0L);
        return new DepotStockView(depotId, items, new ListPage<>(lots, page, size, total));
    }

    /** The lots a receipt brought in, with its acceptance report's deadline as of today. */
    public ReceiptView receipt(UUID depotId, UUID receiptId) {
        List<LotView> lots = sql.list("SELECT " + LOT_COLUMNS + " FROM supplies.lot_stock"
                + " WHERE depot_id = ? AND receipt_id = ? ORDER BY item_code, lot_number", StockQueries::lot,
                depotId, receiptId);
        LocalDate due = lots.isEmpty() ? null : deadlines.acceptanceDue(lots.get(0).receivedOn());
        boolean reported = sql.one("SELECT 1 FROM supplies.filed_report WHERE kind = 'ACCEPTANCE' AND subject_id = ?",
                rows -> true, receiptId).isPresent();
        return new ReceiptView(depotId, receiptId, due, reported, WorkingDays.overdue(due, reported, time.today()),
                lots);
    }

    /**
     * The stock of the depots of a division and below ({@code null}: every depot), per item and per depot: now
     * from the read model, or at a moment replayed from each depot's events.
     */
    public DivisionStock divisionStock(DivisionCode division, Instant at) {
        String pattern = division == null ? "%" : division.likePattern();
        List<KnownDepot> depots = sql.list("SELECT depot_id, code, name, division_code FROM supplies.known_depot"
                        + " WHERE division_code LIKE ? ORDER BY division_code, code",
                r -> new KnownDepot(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4)),
                pattern);
        Map<String, ItemStock> total = new TreeMap<>();
        List<DepotItems> perDepot = new ArrayList<>();
        for (KnownDepot depot : depots) {
            Map<String, ItemStock> items = at == null ? live(depot.id()) : history.replayed(depot.id(), at);
            if (!items.isEmpty()) {
                items.values().forEach(item -> total.merge(item.itemCode(), item, ItemStock::plus));
                perDepot.add(new DepotItems(depot.id(), depot.code(), depot.name(), depot.division(),
                        List.copyOf(items.values())));
            }
        }
        return new DivisionStock(DivisionCode.text(division), at, List.copyOf(total.values()), perDepot);
    }

    private Map<String, ItemStock> live(UUID depotId) {
        Map<String, ItemStock> items = new TreeMap<>();
        sql.list("SELECT item_code, sum(on_hand), sum(reserved) FROM supplies.lot_stock WHERE depot_id = ?"
                        + " GROUP BY item_code HAVING sum(on_hand) > 0",
                r -> items.put(r.getString(1), new ItemStock(r.getString(1), r.getLong(2), r.getLong(3))), depotId);
        return items;
    }

    private static LotView lot(ResultSet rows) throws SQLException {
        return new LotView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getObject(8, LocalDate.class), rows.getObject(9, LocalDate.class),
                rows.getObject(10, LocalDate.class), rows.getString(11), rows.getString(12), rows.getString(13),
                rows.getLong(14), rows.getLong(15), rows.getLong(16));
    }
}
