package org.relieftrace.supplies.request;

import java.util.List;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.SeparationOfDuties;

/**
 * 逐级审批 — a supply request is approved tier by tier: a village's by its township, a township's by the county, each
 * time by someone who neither submitted it nor approved it before. The {@link SupplyRequest} aggregate enforces it
 * and the views' {@code awaitingDivision} and {@code actions} follow it.
 */
final class ApprovalTiers {

    private ApprovalTiers() {
    }

    /** The division directly above: a village's township, a township's county (a county stays itself). */
    static String above(String division) {
        DivisionCode code = DivisionCode.of(division);
        return code.parent().orElse(code).value();
    }

    /**
     * Separation of duties (maker–checker): {@code approver} is neither who submitted the request nor who approved it
     * at an earlier tier. The aggregate refuses with {@link SeparationOfDuties#require}, the same rule.
     */
    static boolean separated(String approver, String submittedBy, List<String> approvers) {
        return SeparationOfDuties.separated(approver, submittedBy)
                && SeparationOfDuties.separated(approver, approvers.toArray(String[]::new));
    }

    /** Whether a request in {@code status} still awaits a decision. */
    static boolean open(String status) {
        return "SUBMITTED".equals(status) || "IN_REVIEW".equals(status);
    }
}
