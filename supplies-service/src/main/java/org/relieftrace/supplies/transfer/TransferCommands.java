package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferRules.End;
import org.relieftrace.supplies.transfer.TransferRules.NamedLot;

/** The commands of a transfer (调拨单). */
public final class TransferCommands {

    private TransferCommands() {
    }

    /**
     * 调拨申请 — move goods from one depot to another, on {@code requestedOn}; {@code namedLots}: the lots the lines
     * name, with their expiry.
     */
    public record RequestTransfer(@TargetAggregateIdentifier UUID transferId, UUID supplyRequestId, End from, End to,
                                  List<Want> lines, List<NamedLot> namedLots, LocalDate requestedOn) {
    }

    /** 审批 — the supplies officer of the source division (of the common parent for a lateral transfer). */
    public record ApproveTransfer(@TargetAggregateIdentifier UUID transferId, String approverDivision) {
    }

    /** 驳回. */
    public record RejectTransfer(@TargetAggregateIdentifier UUID transferId) {
    }

    /** 撤销. */
    public record CancelTransfer(@TargetAggregateIdentifier UUID transferId) {
    }

    /** The source depot set the goods aside (sent by the transfer saga). */
    public record RecordReservation(@TargetAggregateIdentifier UUID transferId, List<LotQuantity> lots) {
    }

    /** A step of the transfer saga failed for good: record why, and fail the transfer if it is still under way. */
    public record RecordStepFailure(@TargetAggregateIdentifier UUID transferId, String step, String code,
                                    String detail) {
    }

    /** The source depot could not set the goods aside (sent by the transfer saga). */
    public record FailTransfer(@TargetAggregateIdentifier UUID transferId, String code, String itemCode) {
    }

    /** 发运 — the goods left: vehicle, driver and waybill. */
    public record DispatchTransfer(@TargetAggregateIdentifier UUID transferId, String vehicle, String driver,
                                   String waybillNumber, LocalDate dispatchedOn) {
    }

    /** What arrived of one dispatched lot. */
    public record Arrival(UUID sourceLotId, long received, long damaged, String reason) {
    }

    /** 接收 — the destination confirms what arrived, per lot, with shortage or damage and its reason. */
    public record ReceiveTransfer(@TargetAggregateIdentifier UUID transferId, List<Arrival> arrivals,
                                  LocalDate receivedOn) {
    }

    /** 闭环 — the destination's stock book holds the goods (sent by the transfer saga). */
    public record CloseTransfer(@TargetAggregateIdentifier UUID transferId) {
    }
}
