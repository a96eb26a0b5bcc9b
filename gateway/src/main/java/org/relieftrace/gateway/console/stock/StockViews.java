package org.relieftrace.gateway.console.stock;

import java.util.List;

import org.relieftrace.contracts.api.ListPage;

/**
 * 库存 — the supplies service's answers about a depot's stock as the console reads them: mirrored from the service's
 * view records with only the fields the pages use (the service may answer more).
 */
public final class StockViews {

    private StockViews() {
    }

    /** 批次 — one lot on the shelf. */
    public record LotView(String lotId, String receiptId, String itemCode, String lotNumber, String unit,
                          String specification, String origin, String producedOn, String expiresOn,
                          String receivedOn, String source, String reference, String supplier,
                          long receivedQuantity, long onHand, long reserved) {
    }

    /** One item's totals across the depot's lots. */
    public record ItemTotal(String itemCode, String unit, long onHand, long reserved, long available, int lots) {
    }

    /** 库存 — a depot's stock: item totals and a page of its lots. */
    public record DepotStockView(String depotId, List<ItemTotal> items, ListPage<LotView> lots) {

        public DepotStockView {
            items = items == null ? List.of() : items;
            lots = lots == null ? new ListPage<>(List.of(), 0, 0, 0) : lots;
        }
    }

    /** 入库单 — the lots a receipt brought in and its acceptance report (验收报告): due day, filed, overdue. */
    public record ReceiptView(String depotId, String receiptId, String acceptanceReportDue,
                              boolean acceptanceReported, boolean acceptanceOverdue, List<LotView> lots) {

        public ReceiptView {
            lots = lots == null ? List.of() : lots;
        }
    }

    /** The answer to a receipt: its id. */
    public record Created(String receiptId) {
    }

    /** The stock of a depot as far as the console shows it: the largest page of lots the API gives. */
    public static String path(String depotId) {
        return path(depotId, 0);
    }

    /** One page of the depot's lots (with the item totals), the largest the API gives. */
    public static String path(String depotId, int page) {
        return "/api/supplies/depots/" + depotId + "/stock?size=500&page=" + page;
    }
}
