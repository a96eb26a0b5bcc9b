package org.relieftrace.supplies.agreement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.agreement.AgreementCommands.AgreementTerms;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;

/**
 * 协议储备调用规则 — what a call-off must be: the agreement in force on the day, the depot inside the agreement's
 * division, only items the agreement names, and per item no more than is left (agreed − called off).
 */
public final class AgreementRules {

    private AgreementRules() {
    }

    /** What is left of an item: agreed − called off, never below zero. */
    public static long left(long agreed, long calledOff) {
        return Math.max(0, agreed - calledOff);
    }

    /** The quantities of {@code lines} summed per item, in the order first named. */
    static Map<String, Long> perItem(List<ItemQuantity> lines) {
        Map<String, Long> sums = new LinkedHashMap<>();
        lines.forEach(line -> sums.merge(line.itemCode(), line.quantity(), Long::sum));
        return sums;
    }

    /** Refuses a call-off that breaks a rule; {@code calledOff} is what the agreement has given per item so far. */
    static void requireCallable(AgreementTerms terms, Map<String, Long> calledOff, String depotDivision,
                                LocalDate on, List<ItemQuantity> lines) {
        String contract = terms.contractNumber();
        if (on.isBefore(terms.validFrom()) || on.isAfter(terms.validTo())) {
            throw new DomainRuleViolation("agreement-not-in-force", "Agreement " + contract + " is not in force on "
                    + on, contract, on);
        }
        if (!DivisionCode.contains(terms.divisionCode(), depotDivision)) {
            throw new DomainRuleViolation("agreement-outside-division", "Agreement " + contract + " serves "
                    + terms.divisionCode() + ", not a depot in " + depotDivision, contract, terms.divisionCode());
        }
        Map<String, Long> agreed = perItem(terms.agreed());
        perItem(lines).forEach((item, asked) -> {
            Long held = agreed.get(item);
            if (held == null) {
                throw new DomainRuleViolation("item-not-in-agreement", "Agreement " + contract + " holds no " + item,
                        item, contract);
            }
            long left = left(held, calledOff.getOrDefault(item, 0L));
            if (asked > left) {
                throw new DomainRuleViolation("agreement-exhausted", "Agreement " + contract + " has " + left
                        + " of " + item + " left, " + asked + " asked for", item, asked, left, contract);
            }
        });
    }
}
