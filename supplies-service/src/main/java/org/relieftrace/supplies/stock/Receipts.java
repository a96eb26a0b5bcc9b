package org.relieftrace.supplies.stock;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.domain.DomainRuleViolation;

/** 入库规则 — what a receipt must be before {@link DepotStock} records it: lines, quantities, dates, new lots. */
final class Receipts {

    private Receipts() {
    }

    /** Refuses a receipt without lines, with a line that is not positive or expires before it was made, or that
     * records a lot twice. */
    static void check(ReceiveStock command, Lots lots) {
        if (command.lines().isEmpty()) {
            throw new DomainRuleViolation("receipt-without-lines", "A receipt needs at least one line");
        }
        Set<UUID> seen = new HashSet<>();
        for (ReceiptLine line : command.lines()) {
            checkLine(line);
            if (lots.has(line.lotId()) || !seen.add(line.lotId())) {
                throw new DomainRuleViolation("lot-already-recorded", "Lot " + line.lotId() + " is already recorded",
                        line.lotId());
            }
        }
    }

    private static void checkLine(ReceiptLine line) {
        if (line.quantity() <= 0) {
            throw new DomainRuleViolation("quantity-not-positive", "Quantity of lot " + line.lotNumber()
                    + " must be greater than zero", line.lotNumber());
        }
        if (line.producedOn() != null && line.expiresOn() != null && line.expiresOn().isBefore(line.producedOn())) {
            throw new DomainRuleViolation("expiry-before-production", "Lot " + line.lotNumber()
                    + " expires before it was produced", line.lotNumber());
        }
    }
}
