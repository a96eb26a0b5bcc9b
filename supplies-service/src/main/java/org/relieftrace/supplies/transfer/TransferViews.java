package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.supplies.stock.StockCommands.Want;

/** 调拨视图 — what the transfer endpoints answer. */
public final class TransferViews {

    private TransferViews() {
    }

    /** What a new transfer, or a step on it, answers. */
    public record TransferCreated(UUID transferId) {
    }

    /** One lot sent, and what arrived of it. */
    public record TransferLotView(UUID sourceLotId, String itemCode, String lotNumber, long quantity, UUID newLotId,
                                  Long received, Long damaged, Long shortage, String reason) {
    }

    /**
     * 调拨单 — a transfer with its lots; {@code overdueInTransit} when dispatched too long ago without receipt,
     * {@code dispatchVoucherOverdue} when its dispatch voucher (运输凭证) is missing after the day it was due;
     * {@code actions}: the steps the calling user may take on it now ({@code approve}, {@code reject},
     * {@code cancel}, {@code dispatch}, {@code voucher}, {@code receive}); {@code requestedBy}: the user id of who
     * requested it (null for transfers recorded before it was kept), who may not approve it.
     */
    public record TransferView(UUID transferId, UUID supplyRequestId, UUID fromDepotId, String fromDivision,
                               UUID toDepotId, String toDivision, boolean lateral, String status, List<Want> lines,
                               List<TransferLotView> lots, String vehicle, String driver, String waybillNumber,
                               LocalDate dispatchedOn, LocalDate dispatchVoucherDue, LocalDate receivedOn,
                               String failure, boolean overdueInTransit, boolean dispatchVoucherFiled,
                               boolean dispatchVoucherOverdue, String requestedBy, List<String> actions) {

        /** The same transfer with the caller's actions. */
        public TransferView withActions(List<String> verbs) {
            return new TransferView(transferId, supplyRequestId, fromDepotId, fromDivision, toDepotId, toDivision,
                    lateral, status, lines, lots, vehicle, driver, waybillNumber, dispatchedOn, dispatchVoucherDue,
                    receivedOn, failure, overdueInTransit, dispatchVoucherFiled, dispatchVoucherOverdue, requestedBy,
                    List.copyOf(verbs));
        }
    }
}
