package org.relieftrace.relief.reliefcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.relieftrace.relief.standard.ReliefCategory;

/** 救助案件 — a relief case as it stands, with its deadlines and payment. */
public record CaseView(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category, UUID disasterId,
                       String period, UUID beneficiaryPersonId, String origin, CaseStatus status,
                       String proposedBy, Instant openedAt, Integer membersCovered, Integer months,
                       Integer deceasedPersons, String damageGrade, String minutesReference, LocalDate appraisedOn,
                       String appraisedBy, Long proposedAmountFen, UUID noticeId, LocalDate noticePostedOn,
                       LocalDate noticeEndsOn, int openObjections, LocalDate reviewDue, String reviewedBy,
                       LocalDate reviewedOn, LocalDate approvalDue, String approvedBy, String secondApprover,
                       LocalDate approvedOn, Long amountFen, UUID fundId, LocalDate payoutDue, String paymentStatus,
                       UUID paymentId, int paymentAttempt, Instant paymentFailedAt, String failureReason,
                       LocalDate paidOn) {

    /** The township the case's village belongs to. */
    public String townshipCode() {
        return divisionCode.substring(0, 9) + "000";
    }

    /** The county the case belongs to. */
    public String countyCode() {
        return divisionCode.substring(0, 6) + "000000";
    }
}
