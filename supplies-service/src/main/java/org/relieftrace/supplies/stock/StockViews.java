package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the stock queries answer. */
public final class StockViews {

    private StockViews() {
    }

    /** One lot on the shelf. */
    public record LotView(UUID lotId, UUID receiptId, String itemCode, String lotNumber, String unit,
                          String specification, String origin, LocalDate producedOn, LocalDate expiresOn,
                          LocalDate receivedOn, String source, String reference, String supplier,
                          long receivedQuantity, long onHand, long reserved) {
    }

    /** One item's totals across the depot's lots. */
    public record ItemTotal(String itemCode, String unit, long onHand, long reserved, long available, int lots) {
    }

    /** 库存 — a depot's stock: item totals and a page of lots. */
    public record DepotStockView(UUID depotId, List<ItemTotal> items, List<LotView> lots, int page, int size,
                                 long totalLots) {
    }

    /**
     * 入库单 — the lots a receipt brought in, the day its acceptance report (验收报告) is due (5 working days), whether
     * it was filed, and {@code acceptanceOverdue} when it is missing after that day (as of today).
     */
    public record ReceiptView(UUID depotId, UUID receiptId, LocalDate acceptanceReportDue, boolean acceptanceReported,
                              boolean acceptanceOverdue, List<LotView> lots) {
    }
}
