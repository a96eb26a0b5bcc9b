package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** What happened to a depot's stock book besides receipts. */
public final class StockEvents {

    private StockEvents() {
    }

    /** 预留 — stock set aside for a transfer, lot by lot. */
    @Revision("1")
    public record StockReserved(UUID depotId, UUID reservationId, List<LotQuantity> lots) {
    }

    /** 预留被拒 — not enough usable stock for a transfer; nothing was set aside. */
    @Revision("1")
    public record StockReservationRefused(UUID depotId, UUID reservationId, String code, String itemCode) {
    }

    /** 释放预留 — a reservation went back to the shelf. */
    @Revision("1")
    public record ReservationReleased(UUID depotId, UUID reservationId, List<LotQuantity> lots, String why) {
    }

    /** 出库 — reserved stock left the depot on dispatch. */
    @Revision("1")
    public record ReservationIssued(UUID depotId, UUID reservationId, List<LotQuantity> lots) {
    }

    /** 调入 — a transfer's lots arrived at this depot; each arrived lot is a new lot here with its source lot. */
    @Revision("1")
    public record TransferredStockReceived(UUID depotId, UUID transferId, UUID fromDepotId, LocalDate receivedOn,
                                           List<StockCommands.ArrivedLot> lots) {
    }

    /** 分发 — goods handed to a household. */
    @Revision("1")
    public record StockDistributed(UUID depotId, UUID distributionId, UUID householdId, UUID disasterId,
                                   String recipientName, String recipientIdNumber, List<LotQuantity> lots) {
    }

    /** 报损申请 — a write-off was asked for. */
    @Revision("1")
    public record WriteOffRequested(UUID depotId, UUID writeOffId, UUID lotId, long quantity, String kind,
                                    String requestedBy) {
    }

    /** 报损 — the write-off was approved and the quantity left stock. */
    @Revision("1")
    public record StockWrittenOff(UUID depotId, UUID writeOffId, UUID lotId, String itemCode, long quantity,
                                  String kind, String approvedBy) {
    }

    /** 盘点开始 — a count session opened, by {@code startedBy} (null in sessions opened before it was recorded). */
    @Revision("1")
    public record StocktakeStarted(UUID depotId, UUID stocktakeId, String startedBy) {
    }

    /** One variance line of a count: book and counted quantity of a lot. */
    public record Variance(UUID lotId, String itemCode, long book, long counted, String reason) {
    }

    /** 盘点录入 — what was counted, with the variances and their reasons. */
    @Revision("1")
    public record StocktakeCounted(UUID depotId, UUID stocktakeId, List<Variance> lines, String countedBy) {
    }

    /** 盘点调整 — the book of a lot corrected to the shelf by a stocktake. */
    @Revision("1")
    public record StockAdjusted(UUID depotId, UUID stocktakeId, UUID lotId, String itemCode, long delta,
                                String reason) {
    }

    /** 盘点审批 — the count was approved: book equals shelf. */
    @Revision("1")
    public record StocktakeApproved(UUID depotId, UUID stocktakeId, String approvedBy) {
    }

    /** 冲正申请 — a reversal of a receipt or a distribution was asked for, with the reason. */
    @Revision("1")
    public record ReversalRequested(UUID depotId, String kind, UUID recordId, String requestedBy, String reason) {
    }

    /** 冲正驳回 — a waiting reversal was rejected, with the reason; the record stands. */
    @Revision("1")
    public record ReversalRejected(UUID depotId, String kind, UUID recordId, String rejectedBy, String reason) {
    }

    /** 入库冲正 — a receipt was reversed: what its lots received left them (the receipt itself stays recorded). */
    @Revision("1")
    public record ReceiptReversed(UUID depotId, UUID receiptId, List<LotQuantity> lots, String requestedBy,
                                  String approvedBy, String reason) {
    }

    /** 分发冲正 — a distribution was reversed: the goods went back into their lots, the household's claim freed. */
    @Revision("1")
    public record DistributionReversed(UUID depotId, UUID distributionId, UUID householdId, UUID disasterId,
                                       List<LotQuantity> lots, String requestedBy, String approvedBy,
                                       String reason) {
    }

    /** 储备定额 — the target quantity of an item at this depot was set. */
    @Revision("1")
    public record ReserveNormSet(UUID depotId, String itemCode, long quantity) {
    }
}
