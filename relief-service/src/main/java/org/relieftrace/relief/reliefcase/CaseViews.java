package org.relieftrace.relief.reliefcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.relief.payment.HeldReasons.HeldReason;
import org.relieftrace.relief.standard.ReliefCategory;

/** What the case endpoints answer. */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * 救助案件 — a relief case as it stands, with its deadlines and payment, and the steps ({@code actions}: the verbs
     * of their endpoints) the reader may take on it now. A case on a paper list recorded after the fact says so
     * ({@code noticeRecordedAfterTheFact}, the day it was recorded, who confirmed it); {@code noticeRunsUntil} is the
     * last day of its notice period by {@link CaseRules#noticeRunsUntil}. An approved case held back from payment
     * says why ({@code held}: the rule's code and text).
     */
    public record CaseView(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category,
                           UUID disasterId, String period, UUID beneficiaryPersonId, String origin, CaseStatus status,
                           String proposedBy, Instant openedAt, Integer membersCovered, Integer months,
                           Integer deceasedPersons, String damageGrade, String minutesReference,
                           LocalDate appraisedOn, String appraisedBy, Long proposedAmountFen, UUID noticeId,
                           LocalDate noticePostedOn, LocalDate noticeEndsOn, int openObjections, LocalDate reviewDue,
                           String reviewedBy, LocalDate reviewedOn, LocalDate approvalDue, String approvedBy,
                           String secondApprover, LocalDate approvedOn, Long amountFen, UUID fundId,
                           LocalDate payoutDue, String paymentStatus, UUID paymentId, int paymentAttempt,
                           Instant paymentFailedAt, String failureReason, LocalDate paidOn, List<String> actions,
                           boolean noticeRecordedAfterTheFact, LocalDate noticeRecordedOn, String noticeConfirmedBy,
                           LocalDate noticeRunsUntil, Instalments instalments, HeldReason held) {

        public CaseView {
            actions = actions == null ? List.of() : List.copyOf(actions);
            instalments = instalments == null ? Instalments.AT_ONCE : instalments;
        }

        /** A case on a list posted by the server (or on none). */
        public CaseView(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category,
                        UUID disasterId, String period, UUID beneficiaryPersonId, String origin, CaseStatus status,
                        String proposedBy, Instant openedAt, Integer membersCovered, Integer months,
                        Integer deceasedPersons, String damageGrade, String minutesReference,
                        LocalDate appraisedOn, String appraisedBy, Long proposedAmountFen, UUID noticeId,
                        LocalDate noticePostedOn, LocalDate noticeEndsOn, int openObjections, LocalDate reviewDue,
                        String reviewedBy, LocalDate reviewedOn, LocalDate approvalDue, String approvedBy,
                        String secondApprover, LocalDate approvedOn, Long amountFen, UUID fundId,
                        LocalDate payoutDue, String paymentStatus, UUID paymentId, int paymentAttempt,
                        Instant paymentFailedAt, String failureReason, LocalDate paidOn, List<String> actions) {
            this(caseId, householdId, divisionCode, category, disasterId, period, beneficiaryPersonId, origin, status,
                    proposedBy, openedAt, membersCovered, months, deceasedPersons, damageGrade, minutesReference,
                    appraisedOn, appraisedBy, proposedAmountFen, noticeId, noticePostedOn, noticeEndsOn,
                    openObjections, reviewDue, reviewedBy, reviewedOn, approvalDue, approvedBy, secondApprover,
                    approvedOn, amountFen, fundId, payoutDue, paymentStatus, paymentId, paymentAttempt,
                    paymentFailedAt, failureReason, paidOn, actions, false, null, null, noticeEndsOn, null, null);
        }

        /** The same case with why it is held back from payment (null: it is not). */
        public CaseView withHeld(HeldReason reason) {
            return new CaseView(caseId, householdId, divisionCode, category, disasterId, period,
                    beneficiaryPersonId, origin, status, proposedBy, openedAt, membersCovered, months,
                    deceasedPersons, damageGrade, minutesReference, appraisedOn, appraisedBy, proposedAmountFen,
                    noticeId, noticePostedOn, noticeEndsOn, openObjections, reviewDue, reviewedBy, reviewedOn,
                    approvalDue, approvedBy, secondApprover, approvedOn, amountFen, fundId, payoutDue,
                    paymentStatus, paymentId, paymentAttempt, paymentFailedAt, failureReason, paidOn, actions,
                    noticeRecordedAfterTheFact, noticeRecordedOn, noticeConfirmedBy, noticeRunsUntil, instalments,
                    reason);
        }

        /** The township the case's village belongs to. */
        public String townshipCode() {
            DivisionCode division = DivisionCode.of(divisionCode);
            return division.level() == DivisionCode.Level.VILLAGE ? division.parent().orElseThrow().value()
                    : division.value();
        }

        /** The county the case belongs to. */
        public String countyCode() {
            return DivisionCode.of(divisionCode).county().value();
        }

        /** The same case with the steps its reader may take. */
        public CaseView withActions(List<String> verbs) {
            return new CaseView(caseId, householdId, divisionCode, category, disasterId, period,
                    beneficiaryPersonId, origin, status, proposedBy, openedAt, membersCovered, months,
                    deceasedPersons, damageGrade, minutesReference, appraisedOn, appraisedBy, proposedAmountFen,
                    noticeId, noticePostedOn, noticeEndsOn, openObjections, reviewDue, reviewedBy, reviewedOn,
                    approvalDue, approvedBy, secondApprover, approvedOn, amountFen, fundId, payoutDue,
                    paymentStatus, paymentId, paymentAttempt, paymentFailedAt, failureReason, paidOn, verbs,
                    noticeRecordedAfterTheFact, noticeRecordedOn, noticeConfirmedBy, noticeRunsUntil, instalments,
                    held);
        }
    }

    /**
     * 分期拨付 — in how many instalments the approved amount is paid ({@code of}), how many are paid, and which one
     * the case's current payment is.
     */
    public record Instalments(int of, int paid, int current) {
        /** A case paid at once. */
        public static final Instalments AT_ONCE = new Instalments(1, 0, 1);
    }

    /** What an opened case answers. */
    public record CaseOpenedAnswer(UUID caseId) {
    }

    /** What a raised objection answers. */
    public record ObjectionAnswer(UUID caseId, UUID objectionId) {
    }

    /** 时限看板 — the overdue cases of each step as of a day. */
    public record DeadlineBoard(LocalDate asOf, List<CaseView> reviewOverdue, List<CaseView> approvalOverdue,
                                List<CaseView> payoutOverdue) {
    }
}
