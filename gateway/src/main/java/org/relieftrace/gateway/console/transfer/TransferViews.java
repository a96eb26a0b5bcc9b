package org.relieftrace.gateway.console.transfer;

import java.util.List;

/**
 * 调拨单 — the supplies service's answers about transfers as the console reads them: mirrored from the service's
 * view records with only the fields the pages use (the service may answer more).
 */
public final class TransferViews {

    private TransferViews() {
    }

    /**
     * The statuses a transfer can have, as the service names them: the full list only for the list's status
     * filter. Which step a transfer allows is never read from here but from its {@code actions}.
     */
    public enum Status { REQUESTED, APPROVED, RESERVED, DISPATCHED, FAILED, RECEIVED, CLOSED, REJECTED, CANCELLED }

    /** One line asked for: item and quantity. */
    public record LineView(String itemCode, long quantity) {
    }

    /** One lot sent and what arrived of it (the received quantities are absent until the receipt). */
    public record LotView(String sourceLotId, String itemCode, String lotNumber, long quantity, Long received,
                          Long damaged, Long shortage, String reason) {
    }

    /** 调拨单 — a transfer with its lines, lots, dispatch facts and the steps the calling user may take now. */
    public record TransferView(String transferId, String supplyRequestId, String fromDepotId, String toDepotId,
                               boolean lateral, String status, List<LineView> lines, List<LotView> lots,
                               String vehicle, String driver, String waybillNumber, String dispatchedOn,
                               String receivedOn, String failure, boolean overdueInTransit, List<String> actions) {

        public TransferView {
            lines = lines == null ? List.of() : lines;
            lots = lots == null ? List.of() : lots;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** The answer to a new transfer: its id. */
    public record Created(String transferId) {
    }
}
