package org.relieftrace.gateway.console.relief;

import java.util.List;

/**
 * 救助 — the relief service's answers about cases as the console reads them: mirrored from the service's
 * view records with only the fields the pages use (the service may answer more).
 */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * The statuses a case can have, as the service names them: the full list only for the list's status filter.
     * Which step a case allows is never read from here but from its {@code actions}.
     */
    public enum Status { OPEN, APPRAISED, ON_NOTICE, RETURNED, REVIEWED, AWAITING_SECOND_APPROVAL, APPROVED, REJECTED }

    /** 救助类别 — the kinds of relief a case can be opened for: the choices of the form that opens one. */
    public enum Category { EMERGENCY, TRANSITIONAL, CONDOLENCE, WINTER_SPRING, HOUSING }

    /**
     * 救助案件 — a case as it stands: household, village, category, status, amounts, deadlines (the notice's last day
     * {@code noticeRunsUntil}, marked when the list was recorded after the fact), payment, and the
     * steps the calling user may take on it now ({@code village-assessment}, {@code objections},
     * {@code resolution}, {@code township-review}, {@code county-approval}, {@code confirmation}, {@code reissue}),
     * and, for an approved case held back from payment, why ({@code held}: the rule's code and text).
     */
    public record CaseView(String caseId, String householdId, String divisionCode, String category, String period,
                           String status, Long proposedAmountFen, Long amountFen, String noticeEndsOn,
                           int openObjections, String reviewDue, String approvalDue, String payoutDue,
                           String paymentStatus, String paymentId, String failureReason, List<String> actions,
                           boolean noticeRecordedAfterTheFact, String noticeRunsUntil, PaymentViews.HeldView held,
                           Instalments instalments) {

        public CaseView {
            actions = actions == null ? List.of() : actions;
        }

        /** Whether the amount is paid in more than one instalment (分期拨付). */
        public boolean inInstalments() {
            return instalments != null && instalments.of() > 1;
        }

        /** A case on no paper list (its notice runs until it ends), not held back from payment. */
        public CaseView(String caseId, String householdId, String divisionCode, String category, String period,
                        String status, Long proposedAmountFen, Long amountFen, String noticeEndsOn,
                        int openObjections, String reviewDue, String approvalDue, String payoutDue,
                        String paymentStatus, String paymentId, String failureReason, List<String> actions) {
            this(caseId, householdId, divisionCode, category, period, status, proposedAmountFen, amountFen,
                    noticeEndsOn, openObjections, reviewDue, approvalDue, payoutDue, paymentStatus, paymentId,
                    failureReason, actions, false, noticeEndsOn, null, null);
        }
    }

    /** 分期拨付 — in how many instalments the amount is paid, and how many are paid. */
    public record Instalments(int of, int paid) {
    }

    /** 时限看板 — the cases past a due day, by step, as of a day. */
    public record DeadlineBoard(String asOf, List<CaseView> reviewOverdue, List<CaseView> approvalOverdue,
                                List<CaseView> payoutOverdue) {

        public DeadlineBoard {
            reviewOverdue = reviewOverdue == null ? List.of() : reviewOverdue;
            approvalOverdue = approvalOverdue == null ? List.of() : approvalOverdue;
            payoutOverdue = payoutOverdue == null ? List.of() : payoutOverdue;
        }
    }
}
