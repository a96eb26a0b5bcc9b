package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.ArrivedLot;
import org.relieftrace.supplies.stock.StockCommands.Want;

/** What happened to a transfer (调拨单). */
public final class TransferEvents {

    private TransferEvents() {
    }

    /** An event after which the transfer is simply in another status ({@link Transfer} knows which). */
    public sealed interface StatusChanged permits TransferApproved, TransferRejected, TransferCancelled,
            TransferFailed, TransferDispatched, TransferReceived, TransferClosed {
    }

    /** 调拨申请. */
    @Revision("1")
    public record TransferRequested(UUID transferId, UUID supplyRequestId, UUID fromDepotId, String fromDivision,
                                    UUID toDepotId, String toDivision, boolean lateral, List<Want> lines) {
    }

    /** 审批通过 — the source depot is asked to set the goods aside. */
    @Revision("1")
    public record TransferApproved(UUID transferId, UUID fromDepotId, List<Want> lines) implements StatusChanged {
    }

    /** 驳回. */
    @Revision("1")
    public record TransferRejected(UUID transferId, UUID fromDepotId) implements StatusChanged {
    }

    /** 撤销. */
    @Revision("1")
    public record TransferCancelled(UUID transferId, UUID fromDepotId) implements StatusChanged {
    }

    /** 已预留 — the goods are set aside at the source, lot by lot. */
    @Revision("1")
    public record TransferReserved(UUID transferId, List<LotQuantity> lots) {
    }

    /** 失败 — the source could not set the goods aside. */
    @Revision("1")
    public record TransferFailed(UUID transferId, String code, String itemCode) implements StatusChanged {
    }

    /** 流程失败 — a step of the saga (reserve, issue, arrive, close, release) failed for good, and why. */
    @Revision("1")
    public record TransferStepFailed(UUID transferId, String step, String code, String detail) {
    }

    /** 发运 — the goods left the source. */
    @Revision("1")
    public record TransferDispatched(UUID transferId, UUID fromDepotId, UUID toDepotId, String vehicle, String driver,
                                     String waybillNumber, LocalDate dispatchedOn, List<LotQuantity> lots)
            implements StatusChanged {
    }

    /** 接收 — the destination confirmed what arrived; each arrived lot becomes a new lot there. */
    @Revision("1")
    public record TransferReceived(UUID transferId, UUID supplyRequestId, UUID fromDepotId, UUID toDepotId,
                                   LocalDate receivedOn, List<ArrivedLot> lots) implements StatusChanged {
    }

    /** 闭环 — the goods are in the destination's book. */
    @Revision("1")
    public record TransferClosed(UUID transferId) implements StatusChanged {
    }
}
