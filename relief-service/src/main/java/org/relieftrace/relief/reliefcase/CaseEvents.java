package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.standard.DamageGrade;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * The events of a relief case (救助案件). Each names the user who acted ({@code by}: their user id), besides the
 * metadata every event carries, because the separation of duties is decided on it.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    /**
     * 申请 / 提名 — the case was opened for a household, category, disaster and period; a CONDOLENCE case names the
     * deceased person it is for ({@code deceasedPersonId}, absent on other categories and on older events).
     */
    @Revision("1")
    public record CaseOpened(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category,
                             UUID disasterId, String period, UUID beneficiaryPersonId, CaseOrigin origin,
                             String statement, String by, String byName, UUID deceasedPersonId) {

        /** A case that names no deceased person. */
        public CaseOpened(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category,
                          UUID disasterId, String period, UUID beneficiaryPersonId, CaseOrigin origin,
                          String statement, String by, String byName) {
            this(caseId, householdId, divisionCode, category, disasterId, period, beneficiaryPersonId, origin,
                    statement, by, byName, null);
        }
    }

    /** 民主评议 — the village appraised the case. */
    @Revision("1")
    public record CaseAppraised(UUID caseId, int membersCovered, int months, int deceasedPersons,
                                DamageGrade damageGrade, String minutesReference, LocalDate appraisedOn,
                                long proposedAmountFen, String by, String byName) {
    }

    /**
     * 公示 — the case went on the village's posted list; {@code recordedOn} is the day a paper list was recorded
     * after the fact ({@code null}: a list posted by the server, and every list posted before paper lists existed).
     */
    @Revision("1")
    public record CasePostedOnNotice(UUID caseId, UUID noticeId, LocalDate postedOn, LocalDate endsOn,
                                     LocalDate recordedOn) {

        /** On a list posted by the server. */
        public CasePostedOnNotice(UUID caseId, UUID noticeId, LocalDate postedOn, LocalDate endsOn) {
            this(caseId, noticeId, postedOn, endsOn, null);
        }
    }

    /** 异议 — an objection was raised against the case. */
    @Revision("1")
    public record ObjectionRaised(UUID caseId, UUID objectionId, String objector, String content) {
    }

    /** 异议处理 — an objection was resolved; upheld sends the case back. */
    @Revision("1")
    public record ObjectionResolved(UUID caseId, UUID objectionId, boolean upheld, String finding, String by) {
    }

    /** 退回重评 — an upheld objection sent the case back to the village for a new appraisal and notice. */
    @Revision("1")
    public record CaseSentBack(UUID caseId, UUID objectionId, String finding) {
    }

    /** 乡镇审核通过 — the township passed the case. */
    @Revision("1")
    public record CaseReviewed(UUID caseId, LocalDate reviewedOn, String opinion, String by, String byName) {
    }

    /** 不予救助 — the township or the county rejected the case. */
    @Revision("1")
    public record CaseRejected(UUID caseId, String level, String opinion, String by, String byName) {
    }

    /** An overridden amount waits for a second county approver. */
    @Revision("1")
    public record CaseApprovalProposed(UUID caseId, UUID fundId, long standardAmountFen, long amountFen,
                                       int instalments, String overrideReason, LocalDate proposedOn, String by,
                                       String byName) {
    }

    /** 县级审批 — the county approved the case: the amount is fixed and committed from the fund. */
    @Revision("1")
    public record CaseApproved(UUID caseId, UUID fundId, long standardAmountFen, long amountFen, int instalments,
                               String overrideReason, LocalDate approvedOn, LocalDate payoutDue, String by,
                               String byName, String secondApprover, String secondApproverName) {
    }
}
