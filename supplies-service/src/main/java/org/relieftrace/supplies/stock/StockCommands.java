package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.supplies.agreement.AgreementCommands.CallOff;
import org.relieftrace.supplies.pledge.PledgeCommands.ReceiveAgainstPledge;

/** The commands a depot's stock book (库存账) handles besides receipts. */
public final class StockCommands {

    private StockCommands() {
    }

    /** One item asked for: from the earliest-expiring lots, or from the named lot. */
    public record Want(String itemCode, long quantity, UUID lotId) {
    }

    /** 预留 — set stock aside for a transfer; refused reservations become an event, not an error. */
    public record ReserveStock(@TargetAggregateIdentifier UUID depotId, UUID reservationId, List<Want> wants,
                               LocalDate today) {
    }

    /** 释放预留 — give a reservation back to the shelf (transfer rejected, cancelled or failed). */
    public record ReleaseReservation(@TargetAggregateIdentifier UUID depotId, UUID reservationId, String why) {
    }

    /** 出库 — issue what was reserved, on dispatch. */
    public record IssueReservation(@TargetAggregateIdentifier UUID depotId, UUID reservationId) {
    }

    /** 调入 — receive the lots of a transfer at the destination, each a new lot keeping its source lot. */
    public record ReceiveTransferredStock(@TargetAggregateIdentifier UUID depotId, UUID transferId,
                                          UUID fromDepotId, LocalDate receivedOn, List<ArrivedLot> lots) {
    }

    /** One lot as it arrived: good quantity into stock, damage and shortage recorded with their reason. */
    public record ArrivedLot(UUID lotId, LotQuantity source, long received, long damaged, long shortage,
                             String reason) {
    }

    /** 分发 — hand goods to a household, within its limit per disaster. {@code limit} null: no limit. */
    public record DistributeStock(@TargetAggregateIdentifier UUID depotId, UUID distributionId, UUID householdId,
                                  UUID disasterId, String recipientName, String recipientIdNumber, Want want,
                                  Long limit, LocalDate today) {
    }

    /** What a distribution answers: the lots the goods came from (a record, so a replayed answer reads back). */
    public record Handed(List<LotQuantity> lots) {
    }

    /** 报损申请 — ask to write off a quantity of a lot: EXPIRED, DAMAGED or LOST. */
    public record RequestWriteOff(@TargetAggregateIdentifier UUID depotId, UUID writeOffId, UUID lotId, long quantity,
                                  String kind, String requestedBy) {
    }

    /** 报损审批 — approve a write-off; the approver is not the requester. */
    public record ApproveWriteOff(@TargetAggregateIdentifier UUID depotId, UUID writeOffId, String approvedBy) {
    }

    /** 盘点开始 — open a count session; who opens it does not approve it. */
    public record StartStocktake(@TargetAggregateIdentifier UUID depotId, UUID stocktakeId, String startedBy) {
    }

    /** The counted quantity of one lot, with the reason for any variance. */
    public record Count(UUID lotId, long counted, String reason) {
    }

    /** 盘点录入 — the counted quantities of the open session. */
    public record RecordCount(@TargetAggregateIdentifier UUID depotId, UUID stocktakeId, List<Count> counts,
                              String countedBy) {
    }

    /** 盘点审批 — approve the count: every variance becomes an adjustment. */
    public record ApproveStocktake(@TargetAggregateIdentifier UUID depotId, UUID stocktakeId, String approvedBy) {
    }

    /**
     * 冲正申请 — ask to reverse a receipt ({@code RECEIPT}) or a distribution ({@code DISTRIBUTION}) recorded wrongly,
     * with the reason; a second user decides.
     */
    public record RequestReversal(@TargetAggregateIdentifier UUID depotId, String kind, UUID recordId,
                                  String requestedBy, String reason) {
    }

    /**
     * 冲正审批 — approve a waiting reversal: a receipt's quantities leave its lots, a distribution's go back into them
     * (it answers the distribution, so the household's allowance is given back in the same unit of work).
     */
    public record ApproveReversal(@TargetAggregateIdentifier UUID depotId, String kind, UUID recordId,
                                  String approvedBy) {
    }

    /** What an approved distribution reversal answers: whose allowance for which disaster to give back. */
    public record ReversedDistribution(UUID householdId, UUID disasterId) {
    }

    /** 冲正驳回 — reject a waiting reversal, with the reason; the record stands. */
    public record RejectReversal(@TargetAggregateIdentifier UUID depotId, String kind, UUID recordId,
                                 String rejectedBy, String reason) {
    }

    /** 储备定额 — the target quantity of an item this depot should hold. */
    public record SetReserveNorm(@TargetAggregateIdentifier UUID depotId, String itemCode, long quantity) {
    }

    /**
     * 协议储备调用入库 — a receipt of goods called off an agreement reserve: the call-off and the receipt are decided
     * in one unit of work ({@link CommittedReceipts}); answers the receipt's id.
     */
    public record ReceiveCalledOff(ReceiveStock receipt, CallOff callOff) {
    }

    /**
     * 捐赠承诺入库 — a donation receipt against a pledge: the pledge's share and the receipt are decided in one unit of
     * work ({@link CommittedReceipts}); answers the receipt's id.
     */
    public record ReceivePledged(ReceiveStock receipt, ReceiveAgainstPledge pledged) {
    }
}
