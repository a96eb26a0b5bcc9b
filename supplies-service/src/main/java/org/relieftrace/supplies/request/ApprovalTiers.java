package org.relieftrace.supplies.request;

import org.relieftrace.contracts.division.DivisionCode;

/**
 * 逐级审批 — a supply request is approved tier by tier: a village's by its township, a township's by the county. The
 * {@link SupplyRequest} aggregate enforces it and the views' {@code awaitingDivision} and {@code actions} follow it.
 */
final class ApprovalTiers {

    private ApprovalTiers() {
    }

    /** The division directly above: a village's township, a township's county (a county stays itself). */
    static String above(String division) {
        DivisionCode code = DivisionCode.of(division);
        return code.parent().orElse(code).value();
    }

    /** Whether a request in {@code status} still awaits a decision. */
    static boolean open(String status) {
        return "SUBMITTED".equals(status) || "IN_REVIEW".equals(status);
    }
}
