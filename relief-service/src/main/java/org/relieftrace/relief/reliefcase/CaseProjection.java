package org.relieftrace.relief.reliefcase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.payment.PayableCases;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentIssued;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseAppraised;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApproved;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CaseEvents.CasePostedOnNotice;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseRejected;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseReviewed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseSentBack;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionRaised;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionResolved;
import org.relieftrace.relief.reliefcase.NoticeEvents.CaseNoticeConfirmed;
import org.relieftrace.relief.standard.Instalments;

/**
 * 案件台账 — writes one row per relief case with where it stands, its deadlines (township review and county approval
 * within the configured days, {@link CasePeriods}; the payout date as the approval fixed it) and its payment.
 * Its rows are written in JDBC batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("cases")
public class CaseProjection {

    @Inject
    Sql sql;

    @Inject
    CasePeriods periods;

    @EventHandler
    void on(CaseOpened e, @Timestamp Instant at) {
        sql.updateLater("""
                INSERT INTO relief.relief_case (case_id, household_id, division_code, category, disaster_id, period,
                    beneficiary_person_id, origin, status, proposed_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) ON CONFLICT (case_id) DO NOTHING""",
                e.caseId(), e.householdId(), e.divisionCode(), e.category(), e.disasterId(), e.period(),
                e.beneficiaryPersonId(), e.origin(), e.byName(), at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(CaseAppraised e) {
        sql.updateLater("""
                UPDATE relief.relief_case SET status = 'APPRAISED', members_covered = ?, months = ?,
                    deceased_persons = ?, damage_grade = ?, minutes_reference = ?, appraised_on = ?, appraised_by = ?,
                    proposed_amount_fen = ?, notice_id = NULL, notice_posted_on = NULL, notice_ends_on = NULL,
                    notice_recorded_on = NULL, notice_confirmed_by = NULL,
                    review_due = NULL
                WHERE case_id = ?""", e.membersCovered(), e.months(), e.deceasedPersons(), e.damageGrade(),
                e.minutesReference(), e.appraisedOn(), e.byName(), e.proposedAmountFen(), e.caseId());
    }

    @EventHandler
    void on(CasePostedOnNotice e) {
        LocalDate runsUntil = CaseRules.noticeRunsUntil(e.postedOn(), e.endsOn(), e.recordedOn(), false);
        sql.updateLater("""
                UPDATE relief.relief_case SET status = 'ON_NOTICE', notice_id = ?, notice_posted_on = ?,
                    notice_ends_on = ?, notice_recorded_on = ?, notice_confirmed_by = NULL, review_due = ?
                WHERE case_id = ?""", e.noticeId(), e.postedOn(), e.endsOn(), e.recordedOn(),
                runsUntil.plusDays(periods.reviewDays()), e.caseId());
    }

    @EventHandler
    void on(CaseNoticeConfirmed e) {
        sql.updateLater("UPDATE relief.relief_case SET notice_ends_on = ?, notice_confirmed_by = ?, review_due = ?"
                + " WHERE case_id = ?", e.endsOn(), e.byName(), e.endsOn().plusDays(periods.reviewDays()), e.caseId());
    }

    @EventHandler
    void on(ObjectionRaised e) {
        sql.updateLater("UPDATE relief.relief_case SET open_objections = open_objections + 1 WHERE case_id = ?",
                e.caseId());
    }

    @EventHandler
    void on(ObjectionResolved e) {
        sql.updateLater("UPDATE relief.relief_case SET open_objections = greatest(open_objections - 1, 0)"
                + " WHERE case_id = ?", e.caseId());
    }

    @EventHandler
    void on(CaseSentBack e) {
        sql.updateLater("UPDATE relief.relief_case SET status = 'RETURNED', open_objections = 0, review_due = NULL"
                + " WHERE case_id = ?", e.caseId());
    }

    @EventHandler
    void on(CaseReviewed e) {
        sql.updateLater("UPDATE relief.relief_case SET status = 'REVIEWED', reviewed_by = ?, reviewed_on = ?,"
                + " approval_due = ? WHERE case_id = ?", e.byName(), e.reviewedOn(),
                e.reviewedOn().plusDays(periods.approvalDays()), e.caseId());
    }

    @EventHandler
    void on(CaseRejected e) {
        sql.updateLater("UPDATE relief.relief_case SET status = 'REJECTED' WHERE case_id = ?", e.caseId());
    }

    @EventHandler
    void on(CaseApprovalProposed e) {
        sql.updateLater("UPDATE relief.relief_case SET status = 'AWAITING_SECOND_APPROVAL', approved_by = ?,"
                + " amount_fen = ?, fund_id = ? WHERE case_id = ?", e.byName(), e.amountFen(), e.fundId(),
                e.caseId());
    }

    @EventHandler
    void on(CaseApproved e) {
        sql.updateLater("""
                UPDATE relief.relief_case SET status = 'APPROVED', approved_on = ?, amount_fen = ?, fund_id = ?,
                    payout_due = ?, second_approver = ?, approved_by = ?, instalments = ?
                WHERE case_id = ?""", e.approvedOn(), e.amountFen(), e.fundId(), e.payoutDue(),
                e.secondApproverName(), e.byName(), Instalments.count(e.instalments()), e.caseId());
    }

    @EventHandler
    void on(PaymentIssued e) {
        int instalment = Instalments.count(e.instalment());
        sql.updateLater("UPDATE relief.relief_case SET payment_status = 'ISSUED', payment_id = ?, payment_attempt = ?,"
                + " payment_instalment = ? WHERE case_id = ? AND (payment_instalment, payment_attempt) < (?, ?)",
                e.paymentId(), e.attempt(), instalment, e.caseId(), instalment, e.attempt());
    }

    @EventHandler
    void on(PaymentConfirmed e) {
        sql.updateLater("UPDATE relief.relief_case SET payment_status = CASE WHEN payment_instalment < instalments"
                + " THEN '" + PayableCases.PART_PAID + "' ELSE 'PAID' END, instalments_paid = payment_instalment,"
                + " paid_on = ? WHERE payment_id = ?", e.paidOn(), e.paymentId());
    }

    @EventHandler
    void on(PaymentFailed e, @Timestamp Instant at) {
        sql.updateLater("UPDATE relief.relief_case SET payment_status = 'FAILED', failure_reason = ?,"
                + " payment_failed_at = ? WHERE payment_id = ?", e.reason(), at.atOffset(ZoneOffset.UTC),
                e.paymentId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.relief_case");
    }
}
