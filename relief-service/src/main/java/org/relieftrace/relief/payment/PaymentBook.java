package org.relieftrace.relief.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;
import org.relieftrace.relief.payment.PaymentEvents.PaymentBatchCreated;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentIssued;

/**
 * 发放台账 — every payment (attempt) and every bank batch, with the bank's outcome. Its rows are written in JDBC
 * batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("payments")
public class PaymentBook {

    /** One payment: a line of a bank batch. */
    public record PaymentView(UUID paymentId, UUID batchId, UUID caseId, int attempt, UUID reissueOf, UUID fundId,
                              UUID householdId, String divisionCode, UUID payeePersonId, String payeeName,
                              String bank, String accountNumber, long amountFen, String accountFlag, String status,
                              String failureReason, String bankReference, int lineNo, LocalDate paidOn) {
    }

    /** A bank batch. */
    public record BatchView(UUID batchId, String divisionCode, String kind, String title, Instant createdAt,
                            int lines, long totalFen, String status, BankResultRecorded reconciliation) {
    }

    private static final String COLUMNS = "payment_id, batch_id, case_id, attempt, reissue_of, fund_id,"
            + " household_id, division_code, payee_person_id, payee_name, bank, account_number, amount_fen,"
            + " account_flag, status, failure_reason, bank_reference, line_no, paid_on";

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(PaymentIssued e) {
        sql.updateLater("INSERT INTO relief.payment (payment_id, batch_id, case_id, attempt, reissue_of, fund_id,"
                        + " household_id, division_code, payee_person_id, payee_name, bank, account_number,"
                        + " amount_fen, account_flag, status, line_no)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?)"
                        + " ON CONFLICT (payment_id) DO NOTHING", e.paymentId(), e.batchId(), e.caseId(), e.attempt(),
                e.reissueOf(), e.fundId(), e.householdId(), e.divisionCode(), e.payeePersonId(), e.payeeName(),
                e.bank(), e.accountNumber(), e.amountFen(), e.accountFlag(), e.lineNo());
    }

    @EventHandler
    void on(PaymentConfirmed e) {
        sql.updateLater("UPDATE relief.payment SET status = 'PAID', bank_reference = ?, paid_on = ? WHERE payment_id = ?",
                e.bankReference(), e.paidOn(), e.paymentId());
    }

    @EventHandler
    void on(PaymentFailed e) {
        sql.updateLater("UPDATE relief.payment SET status = 'FAILED', failure_reason = ? WHERE payment_id = ?",
                e.reason(), e.paymentId());
    }

    @EventHandler
    void on(PaymentBatchCreated e, @Timestamp Instant at) {
        sql.updateLater("INSERT INTO relief.payment_batch (batch_id, division_code, kind, title, created_at,"
                        + " line_count, total_fen, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'CREATED')"
                        + " ON CONFLICT (batch_id) DO NOTHING", e.batchId(), e.divisionCode(), e.kind(), e.title(),
                at.atOffset(ZoneOffset.UTC), e.paymentIds().size(), e.totalFen());
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

    /** The batch, if made up (and projected). */
    public Optional<BatchView> batch(UUID batchId) {
        return sql.one("SELECT batch_id, division_code, kind, title, created_at, line_count, total_fen, status,"
                + " reconciliation FROM relief.payment_batch WHERE batch_id = ?", this::batch, batchId);
    }

    /** The batches of a division and below, latest first. */
    public List<BatchView> batches(String divisionPrefix) {
        return sql.list("SELECT batch_id, division_code, kind, title, created_at, line_count, total_fen, status,"
                + " reconciliation FROM relief.payment_batch WHERE division_code LIKE ? ORDER BY created_at DESC",
                this::batch, divisionPrefix + "%");
    }

    private BatchView batch(ResultSet r) throws SQLException {
        String reconciliation = r.getString(9);
        try {
            return new BatchView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                    r.getObject(5, java.time.OffsetDateTime.class).toInstant(), r.getInt(6), r.getLong(7),
                    r.getString(8), reconciliation == null ? null
                    : json.readValue(reconciliation, BankResultRecorded.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch " + r.getString(1) + " has an unreadable reconciliation", e);
        }
    }

    /** The payments of a batch, in line order. */
    public List<PaymentView> lines(UUID batchId) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.payment WHERE batch_id = ? ORDER BY line_no",
                PaymentBook::payment, batchId);
    }

    /** The payment, if issued. */
    public Optional<PaymentView> payment(UUID paymentId) {
        return sql.one("SELECT " + COLUMNS + " FROM relief.payment WHERE payment_id = ?", PaymentBook::payment,
                paymentId);
    }

    /** 已发放名单 — the paid payments of a village, optionally for one disaster's cases. */
    public List<PaymentView> paidIn(String villageCode, UUID disasterId) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.payment WHERE division_code = ? AND status = 'PAID'"
                        + " AND (CAST(? AS UUID) IS NULL OR case_id IN (SELECT case_id FROM relief.relief_case"
                        + " WHERE disaster_id = CAST(? AS UUID))) ORDER BY payee_name, payment_id",
                PaymentBook::payment, villageCode, disasterId, disasterId);
    }

    private static PaymentView payment(ResultSet r) throws SQLException {
        return new PaymentView(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                r.getInt(4), r.getObject(5, UUID.class), r.getObject(6, UUID.class), r.getObject(7, UUID.class),
                r.getString(8), r.getObject(9, UUID.class), r.getString(10), r.getString(11), r.getString(12),
                r.getLong(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getInt(18),
                r.getObject(19, LocalDate.class));
    }
}
