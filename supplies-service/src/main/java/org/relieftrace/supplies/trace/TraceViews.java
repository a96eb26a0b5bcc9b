package org.relieftrace.supplies.trace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What traceability answers. */
public final class TraceViews {

    private TraceViews() {
    }

    /** One lot on the way: where it lay, and the transfer that brought it there (null for the inbound lot). */
    public record LotStep(UUID lotId, UUID depotId, String depotName, String itemCode, String lotNumber,
                          long receivedQuantity, long onHand, UUID transferId, UUID sourceLotId) {
    }

    /** 入库来源 — the inbound receipt the goods came from: contract or donation, supplier or donor. */
    public record Origin(UUID receiptId, UUID depotId, String source, String reference, String supplier,
                         LocalDate receivedOn, String specification, String origin, LocalDate producedOn,
                         LocalDate expiresOn) {
    }

    /** Goods handed to a household from one lot. */
    public record HandedOut(UUID householdId, UUID lotId, UUID depotId, long quantity, UUID distributionId,
                            UUID disasterId, String recipientName, Instant at) {
    }

    /** One transfer leg that moved goods of the traced lot or of a lot descended from it. */
    public record Leg(UUID transferId, UUID sourceLotId, UUID newLotId, long quantity, Long received, Long damaged,
                      Long shortage, String reason) {
    }

    /**
     * 冲正 — a receipt ({@code RECEIPT}) or distribution ({@code DISTRIBUTION}) reversed: the quantity that left the
     * lot (negative) or came back into it, who asked, who approved and why.
     */
    public record Reversed(String kind, UUID recordId, UUID lotId, UUID depotId, long quantity, String requestedBy,
                           String approvedBy, String reason, Instant at) {
    }

    /**
     * 追溯 — backward to the inbound receipt, forward to every lot, transfer and household; the reversals of receipts
     * and distributions beside the records they reversed, which stay listed.
     */
    public record Trace(UUID lotId, List<LotStep> backward, Origin origin, List<LotStep> forwardLots,
                        List<Leg> transfers, List<HandedOut> distributions, List<Reversed> reversals) {
    }

    /** 召回 — the households that received goods from a lot (or from lots descended from it), not since reversed. */
    public record Recall(UUID lotId, List<HandedOut> households, long householdCount, long quantity) {
    }
}
