package org.relieftrace.relief.payment;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;
import org.relieftrace.relief.payment.PaymentEvents.BatchReleased;
import org.relieftrace.relief.payment.PaymentEvents.HeldPaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentBatchCreated;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentIssued;
import org.relieftrace.relief.standard.Instalments;

/**
 * 发放台账 — writes every payment (attempt) and every bank batch, with the bank's outcome. Its rows are written in JDBC
 * batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("payments")
public class PaymentProjection {

    static final String COLUMNS = "payment_id, batch_id, case_id, attempt, reissue_of, fund_id,"
            + " household_id, division_code, payee_person_id, payee_name, bank, account_number, amount_fen,"
            + " account_flag, status, failure_reason, bank_reference, line_no, paid_on, file_no, confirmed_by,"
            + " account_changed_by, CASE WHEN confirmed_by IS NULL THEN held_code END, instalment, instalments";

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(PaymentIssued e) {
        sql.updateLater("INSERT INTO relief.payment (payment_id, batch_id, case_id, attempt, reissue_of, fund_id,"
                        + " household_id, division_code, payee_person_id, payee_name, bank, account_number,"
                        + " amount_fen, account_flag, status, line_no, instalment, instalments)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?)"
                        + " ON CONFLICT (payment_id) DO NOTHING", e.paymentId(), e.batchId(), e.caseId(), e.attempt(),
                e.reissueOf(), e.fundId(), e.householdId(), e.divisionCode(), e.payeePersonId(), e.payeeName(),
                e.bank(), e.accountNumber(), e.amountFen(), e.accountFlag(), e.lineNo(),
                Instalments.count(e.instalment()), Instalments.count(e.instalments()));
    }

    @EventHandler
    void on(PaymentConfirmed e) {
        sql.updateLater("UPDATE relief.payment SET status = 'PAID', bank_reference = ?, paid_on = ?"
                        + " WHERE payment_id = ?",
                e.bankReference(), e.paidOn(), e.paymentId());
    }

    @EventHandler
    void on(PaymentFailed e) {
        sql.updateLater("UPDATE relief.payment SET status = 'FAILED', failure_reason = ? WHERE payment_id = ?",
                e.reason(), e.paymentId());
    }

    @EventHandler
    void on(PaymentBatchCreated e, @Timestamp Instant at, @MetaDataValue("userId") String by)
            throws JsonProcessingException {
        sql.updateLater("INSERT INTO relief.payment_batch (batch_id, division_code, kind, title, created_at,"
                        + " line_count, total_fen, status, prepared_by, held_cases)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?)"
                        + " ON CONFLICT (batch_id) DO NOTHING", e.batchId(), e.divisionCode(), e.kind(), e.title(),
                at.atOffset(ZoneOffset.UTC), e.paymentIds().size(), e.totalFen(), by,
                e.heldCases() == null ? null : json.writeValueAsString(e.heldCases()));
        for (PaymentEvents.Hold hold : e.holdsOrNone()) {
            sql.updateLater("UPDATE relief.payment SET held_code = ?, account_changed_by = ? WHERE payment_id = ?",
                    hold.code(), hold.accountChangedBy(), hold.paymentId());
        }
    }

    @EventHandler
    void on(BatchReleased e, @Timestamp Instant at) {
        sql.updateLater("UPDATE relief.payment_batch SET released_files = ?, released_by = ?, released_at = ?,"
                        + " status = CASE WHEN status = 'CREATED' THEN 'RELEASED' ELSE status END WHERE batch_id = ?",
                e.fileNo(), e.releasedBy(), at.atOffset(ZoneOffset.UTC), e.batchId());
        for (java.util.UUID paymentId : e.paymentIds()) {
            sql.updateLater("UPDATE relief.payment SET file_no = ? WHERE payment_id = ?", e.fileNo(), paymentId);
        }
    }

    @EventHandler
    void on(HeldPaymentConfirmed e) {
        sql.updateLater("UPDATE relief.payment SET confirmed_by = ? WHERE payment_id = ?", e.confirmedBy(),
                e.paymentId());
    }

    @EventHandler
    void on(BankResultRecorded e) throws JsonProcessingException {
        sql.updateLater("UPDATE relief.payment_batch SET status = ?, reconciliation = ? WHERE batch_id = ?",
                e.mismatches().isEmpty() ? "RECONCILED" : "MISMATCHED", json.writeValueAsString(e), e.batchId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.payment, relief.payment_batch");
    }
}
