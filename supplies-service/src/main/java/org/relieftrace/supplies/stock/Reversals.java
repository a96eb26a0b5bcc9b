package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.stock.StockEvents.DistributionReversed;
import org.relieftrace.supplies.stock.StockEvents.ReceiptReversed;
import org.relieftrace.supplies.stock.StockEvents.ReversalRejected;
import org.relieftrace.supplies.stock.StockEvents.ReversalRequested;

/**
 * 冲正 — the receipts and distributions of a depot that a reversal may name, the reversals waiting for a second user,
 * and the records already reversed; owned by {@link DepotStock}. A wrong record is never edited: it is reversed by
 * events of its own, once, after a second user approved it ({@link ReversalRules}).
 */
final class Reversals {

    /** The lots each receipt brought in, with what they received. */
    private final Map<UUID, List<LotQuantity>> receipts = new HashMap<>();
    private final Map<UUID, ReversalRequested> waiting = new HashMap<>();
    private final Set<UUID> reversed = new HashSet<>();

    /** What a receipt brought in; 404 when it is not a receipt of this depot. */
    List<LotQuantity> receipt(UUID receiptId) {
        List<LotQuantity> lots = receipts.get(receiptId);
        if (lots == null) {
            throw new NotFound("receipt", receiptId);
        }
        return lots;
    }

    /**
     * The request of a reversal; refused without a reason, for a record that is not this depot's (404), reversed
     * already, with a reversal of it waiting, or for a receipt whose lots no longer hold what they received.
     */
    ReversalRequested request(Lots book, Handouts handouts, StockCommands.RequestReversal command) {
        UUID recordId = command.recordId();
        String reason = command.reason();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "a reversal needs its reason");
        }
        if (reversed.contains(recordId)) {
            throw new DomainRuleViolation("already-reversed", "Record " + recordId + " is already reversed",
                    recordId);
        }
        if (waiting.containsKey(recordId)) {
            throw new DomainRuleViolation("reversal-pending", "A reversal of record " + recordId
                    + " is already waiting for approval", recordId);
        }
        if (ReversalRules.RECEIPT.equals(command.kind())) {
            givingBack(book, recordId);
        } else {
            handouts.distribution(recordId);
        }
        return new ReversalRequested(command.depotId(), command.kind(), recordId, command.requestedBy(),
                reason.strip());
    }

    /** The rejection of a waiting reversal, with its reason; refused when none waits or the checker asked for it. */
    ReversalRejected rejection(StockCommands.RejectReversal command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInput("reason", "a rejection needs its reason");
        }
        decidable(command.recordId(), command.kind(), command.rejectedBy(), "reject");
        return new ReversalRejected(command.depotId(), command.kind(), command.recordId(), command.rejectedBy(),
                command.reason().strip());
    }

    /** What a receipt's lots give back on its reversal; refused when they no longer hold, unreserved, that much. */
    List<LotQuantity> givingBack(Lots book, UUID receiptId) {
        List<LotQuantity> received = receipt(receiptId);
        requireGivesBack(book, receiptId, received);
        return received;
    }

    /** Refuses to reverse a receipt whose lots no longer hold, unreserved, what they received. */
    private static void requireGivesBack(Lots book, UUID receiptId, List<LotQuantity> received) {
        for (LotQuantity part : received) {
            Lot lot = book.lot(part.lotId());
            if (!ReversalRules.lotCanGiveBack(lot.available(), part.quantity())) {
                throw new DomainRuleViolation("reversal-exceeds-stock", "Lot " + lot.lotNumber() + " of receipt "
                        + receiptId + " received " + part.quantity() + " but only " + lot.available()
                        + " is left to take back", lot.lotNumber(), part.quantity(), lot.available());
            }
        }
    }

    /**
     * The waiting reversal of {@code recordId} that {@code checker} may decide: refused when none of that kind
     * waits, or when the checker asked for it (separation of duties).
     */
    ReversalRequested decidable(UUID recordId, String kind, String checker, String verb) {
        ReversalRequested request = waiting.get(recordId);
        if (request == null || !request.kind().equals(kind)) {
            throw new DomainRuleViolation("reversal-not-pending", "No reversal of record " + recordId
                    + " is waiting for approval", recordId);
        }
        SeparationOfDuties.require(checker, checker, "the reversal of " + recordId, verb, request.requestedBy());
        return request;
    }

    /**
     * The event of an approved reversal: a receipt's quantities leave its lots (refused when they no longer hold
     * them), a distribution's go back; refused when none of that kind waits or the approver asked for it.
     */
    Object approve(Lots book, Handouts handouts, StockCommands.ApproveReversal command) {
        ReversalRequested asked = decidable(command.recordId(), command.kind(), command.approvedBy(), "approve");
        if (ReversalRules.RECEIPT.equals(command.kind())) {
            return new ReceiptReversed(command.depotId(), command.recordId(), givingBack(book, command.recordId()),
                    asked.requestedBy(), command.approvedBy(), asked.reason());
        }
        Handouts.Handout handout = handouts.distribution(command.recordId());
        return new DistributionReversed(command.depotId(), command.recordId(), handout.householdId(),
                handout.disasterId(), handout.lots(), asked.requestedBy(), command.approvedBy(), asked.reason());
    }

    void received(UUID receiptId, LotQuantity lot) {
        receipts.computeIfAbsent(receiptId, id -> new ArrayList<>()).add(lot);
    }

    void requested(ReversalRequested request) {
        waiting.put(request.recordId(), request);
    }

    void rejected(UUID recordId) {
        waiting.remove(recordId);
    }

    void reversed(UUID recordId) {
        waiting.remove(recordId);
        reversed.add(recordId);
    }
}
