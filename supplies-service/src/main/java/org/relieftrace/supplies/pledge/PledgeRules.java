package org.relieftrace.supplies.pledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;

/**
 * 捐赠承诺规则 — a pledge names each item once with a positive quantity; goods are received against it only while it
 * is open, at a depot inside its division, for items it names and no more than is left (pledged − received); it is
 * closed once. The view's {@code actions} come from {@link #actions}.
 */
public final class PledgeRules {

    /** The verb that closes a pledge (the last segment of its path). */
    public static final String CLOSE = "close";

    private PledgeRules() {
    }

    /** What is left of an item: pledged − received, never below zero. */
    public static long left(long pledged, long received) {
        return Math.max(0, pledged - received);
    }

    /** The steps a pledge offers: {@code close} while it is open, to a caller who may act in its division. */
    public static List<String> actions(boolean closed, boolean mayAct) {
        return !closed && mayAct ? List.of(CLOSE) : List.of();
    }

    static Map<String, Long> perItem(List<PledgedQuantity> lines) {
        Map<String, Long> sums = new LinkedHashMap<>();
        lines.forEach(line -> sums.merge(line.itemCode(), line.quantity(), Long::sum));
        return sums;
    }

    static void requireRecordable(List<PledgedQuantity> lines) {
        if (lines.isEmpty()) {
            throw new DomainRuleViolation("pledge-without-lines", "A pledge names at least one item");
        }
        for (PledgedQuantity line : lines) {
            if (line.quantity() <= 0) {
                throw new DomainRuleViolation("pledged-quantity-not-positive", "The quantity of " + line.itemCode()
                        + " must be greater than zero", line.itemCode());
            }
        }
        if (perItem(lines).size() != lines.size()) {
            throw new DomainRuleViolation("pledge-item-twice", "A pledge names each item once");
        }
    }

    static void requireReceivable(String pledgeDivision, Map<String, Long> pledged, Map<String, Long> received,
                                  boolean closed, String depotDivision, List<PledgedQuantity> lines) {
        if (closed) {
            throw new DomainRuleViolation("pledge-closed", "The pledge is closed");
        }
        if (!DivisionCode.contains(pledgeDivision, depotDivision)) {
            throw new DomainRuleViolation("pledge-outside-division", "The pledge is for " + pledgeDivision
                    + ", not a depot in " + depotDivision, pledgeDivision, depotDivision);
        }
        perItem(lines).forEach((item, asked) -> {
            Long promised = pledged.get(item);
            if (promised == null) {
                throw new DomainRuleViolation("item-not-pledged", "The pledge names no " + item, item);
            }
            long left = left(promised, received.getOrDefault(item, 0L));
            if (asked > left) {
                throw new DomainRuleViolation("pledge-exhausted", "The pledge has " + left + " of " + item
                        + " left, " + asked + " received", item, asked, left);
            }
        });
    }
}
