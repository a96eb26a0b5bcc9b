package org.relieftrace.supplies.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.queryhandling.QueryHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.supplies.stock.StockViews.DepotStockView;
import org.relieftrace.supplies.stock.StockViews.ItemTotal;
import org.relieftrace.supplies.stock.StockViews.LotView;
import org.relieftrace.supplies.stock.StockViews.ReceiptView;

/** Answers stock questions from the lot read model. */
@ApplicationScoped
public class StockQueries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String LOT_COLUMNS = "lot_id, receipt_id, item_code, lot_number, unit, specification,"
            + " origin, produced_on, expires_on, received_on, source, reference, supplier, received_quantity,"
            + " on_hand, reserved";

    @Inject
    Sql sql;

    @QueryHandler
    public DepotStockView handle(FindDepotStock query) {
        List<ItemTotal> items = sql.list("""
                SELECT item_code, min(unit), sum(on_hand), sum(reserved), count(*)
                FROM supplies.lot_stock WHERE depot_id = ? AND on_hand > 0
                GROUP BY item_code ORDER BY item_code""",
                rows -> new ItemTotal(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(3) - rows.getLong(4), rows.getInt(5)), query.depotId());
        List<LotView> lots = sql.list("SELECT " + LOT_COLUMNS + " FROM supplies.lot_stock"
                        + " WHERE depot_id = ? AND on_hand > 0"
                        + " ORDER BY item_code, expires_on NULLS LAST, lot_number LIMIT ? OFFSET ?",
                StockQueries::lot, query.depotId(), query.size(), (long) query.page() * query.size());
        long total = sql.one("SELECT count(*) FROM supplies.lot_stock WHERE depot_id = ? AND on_hand > 0",
                rows -> rows.getLong(1), query.depotId()).orElse(0L);
        return new DepotStockView(query.depotId(), items, lots, query.page(), query.size(), total);
    }

    @QueryHandler
    public ReceiptView handle(FindReceipt query) {
        List<LotView> lots = sql.list("SELECT " + LOT_COLUMNS + " FROM supplies.lot_stock"
                + " WHERE depot_id = ? AND receipt_id = ? ORDER BY item_code, lot_number", StockQueries::lot,
                query.depotId(), query.receiptId());
        LocalDate due = lots.isEmpty() ? null : WorkingDays.after(lots.get(0).receivedOn(), 5);
        boolean reported = sql.one("SELECT 1 FROM supplies.filed_report WHERE kind = 'ACCEPTANCE' AND subject_id = ?",
                rows -> true, query.receiptId()).isPresent();
        return new ReceiptView(query.depotId(), query.receiptId(), due, reported,
                WorkingDays.overdue(due, reported, LocalDate.now(CHINA)), lots);
    }

    private static LotView lot(ResultSet rows) throws SQLException {
        return new LotView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getObject(8, LocalDate.class), rows.getObject(9, LocalDate.class),
                rows.getObject(10, LocalDate.class), rows.getString(11), rows.getString(12), rows.getString(13),
                rows.getLong(14), rows.getLong(15), rows.getLong(16));
    }
}
