package org.relieftrace.supplies.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.contracts.api.ListPage;

/** What the stock queries answer. */
public final class StockViews {

    private StockViews() {
    }

    /** 批次 — one lot on the shelf. */
    public record LotView(UUID lotId, UUID receiptId, String itemCode, String lotNumber, String unit,
                          String specification, String origin, LocalDate producedOn, LocalDate expiresOn,
                          LocalDate receivedOn, String source, String reference, String supplier,
                          long receivedQuantity, long onHand, long reserved) {
    }

    /** One item's totals across the depot's lots. */
    public record ItemTotal(String itemCode, String unit, long onHand, long reserved, long available, int lots) {
    }

    /** 库存 — a depot's stock: totals per item, and one page of its lots (by item, earliest expiry first). */
    public record DepotStockView(UUID depotId, List<ItemTotal> items, ListPage<LotView> lots) {
    }

    /**
     * 入库单 — the lots a receipt brought in, the day its acceptance report (验收报告) is due (5 working days), whether
     * it was filed, and {@code acceptanceOverdue} when it is missing after that day (as of today).
     */
    public record ReceiptView(UUID depotId, UUID receiptId, LocalDate acceptanceReportDue, boolean acceptanceReported,
                              boolean acceptanceOverdue, List<LotView> lots) {
    }

    /** One item's on-hand and reserved totals. */
    public record ItemStock(String itemCode, long onHand, long reserved) {

        ItemStock plus(ItemStock other) {
            return new ItemStock(itemCode, onHand + other.onHand, reserved + other.reserved);
        }
    }

    /** One depot's totals per item. */
    public record DepotItems(UUID depotId, String code, String name, String division, List<ItemStock> items) {
    }

    /** 区域库存 — a division's stock, at a moment or now: totals per item, and per depot. */
    public record DivisionStock(String division, Instant at, List<ItemStock> items, List<DepotItems> depots) {
    }
}
