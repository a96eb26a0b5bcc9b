package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.supplies.stock.StockCommands.Want;

/** What the transfer queries answer. */
public final class TransferViews {

    private TransferViews() {
    }

    /** One lot sent, and what arrived of it. */
    public record TransferLotView(UUID sourceLotId, String itemCode, String lotNumber, long quantity, UUID newLotId,
                                  Long received, Long damaged, Long shortage, String reason) {
    }

    /**
     * 调拨单 — a transfer with its lots; {@code overdueInTransit} when dispatched too long ago without receipt,
     * {@code dispatchVoucherOverdue} when its dispatch voucher (运输凭证) is missing after the day it was due.
     */
    public record TransferView(UUID transferId, UUID supplyRequestId, UUID fromDepotId, String fromDivision,
                               UUID toDepotId, String toDivision, boolean lateral, String status, List<Want> lines,
                               List<TransferLotView> lots, String vehicle, String driver, String waybillNumber,
                               LocalDate dispatchedOn, LocalDate dispatchVoucherDue, LocalDate receivedOn,
                               String failure, boolean overdueInTransit, boolean dispatchVoucherFiled,
                               boolean dispatchVoucherOverdue) {
    }

    /** A page of transfers. */
    public record TransferPage(List<TransferView> transfers, int page, int size) {
    }
}
