package org.relieftrace.relief.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.relief.payment.HeldReasons.HeldReason;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;
import org.relieftrace.relief.payment.PaymentEvents.HeldCase;
import org.relieftrace.relief.payment.PaymentViews.HeldCaseView;
import org.relieftrace.relief.payment.PaymentViews.BatchView;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;

/**
 * 发放台账 — reads the payments and bank batches {@link PaymentProjection} keeps: a batch and its lines, a page of a
 * division's batches, one payment, and a village's paid payments.
 */
@ApplicationScoped
public class PaymentQueries {

    private static final String COLUMNS = PaymentProjection.COLUMNS;
    private static final String BATCH_COLUMNS = "batch_id, division_code, kind, title, created_at, line_count,"
            + " total_fen, status, reconciliation, prepared_by, released_files, released_by, released_at,"
            + " (SELECT count(*) FROM relief.payment p WHERE p.batch_id = b.batch_id AND p.held_code IS NOT NULL"
            + " AND p.confirmed_by IS NULL),"
            + " (SELECT count(*) FROM relief.payment p WHERE p.batch_id = b.batch_id AND p.file_no IS NULL"
            + " AND (p.held_code IS NULL OR p.confirmed_by IS NOT NULL)), held_cases";
    private static final TypeReference<List<HeldCase>> HELD_CASES = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** The batch, if made up (and projected). */
    public Optional<BatchView> batch(UUID batchId) {
        return sql.one("SELECT " + BATCH_COLUMNS + " FROM relief.payment_batch b WHERE batch_id = ?", this::batch, batchId);
    }

    /** A page of the batches whose division code is LIKE the pattern, latest first. */
    public ListPage<BatchView> batches(String divisionPattern, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM relief.payment_batch WHERE division_code LIKE ?",
                "SELECT " + BATCH_COLUMNS + " FROM relief.payment_batch b WHERE division_code LIKE ?"
                        + " ORDER BY created_at DESC, batch_id LIMIT ? OFFSET ?", this::batch, page, size,
                divisionPattern);
    }

    private BatchView batch(ResultSet r) throws SQLException {
        String reconciliation = r.getString(9);
        try {
            String held = r.getString(16);
            List<HeldCaseView> heldCases = held == null ? List.of() : json.readValue(held, HELD_CASES).stream()
                    .map(c -> new HeldCaseView(c.caseId(), new HeldReason(c.code(), null))).toList();
            OffsetDateTime releasedAt = r.getObject(13, OffsetDateTime.class);
            return new BatchView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                    r.getObject(5, OffsetDateTime.class).toInstant(), r.getInt(6), r.getLong(7),
                    r.getString(8), reconciliation == null ? null
                    : json.readValue(reconciliation, BankResultRecorded.class), r.getString(10), r.getInt(11),
                    r.getString(12), releasedAt == null ? null : releasedAt.toInstant(), r.getInt(14), r.getInt(15),
                    heldCases, List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch " + r.getString(1) + " has an unreadable reconciliation", e);
        }
    }

    /** The payments of a batch, in line order. */
    public List<PaymentView> lines(UUID batchId) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.payment WHERE batch_id = ? ORDER BY line_no",
                PaymentQueries::payment, batchId);
    }

    /** The payment, if issued. */
    public Optional<PaymentView> payment(UUID paymentId) {
        return sql.one("SELECT " + COLUMNS + " FROM relief.payment WHERE payment_id = ?", PaymentQueries::payment,
                paymentId);
    }

    /** 已发放名单 — the paid payments of a village, optionally for one disaster's cases. */
    public List<PaymentView> paidIn(String villageCode, UUID disasterId) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.payment WHERE division_code = ? AND status = 'PAID'"
                        + " AND (CAST(? AS UUID) IS NULL OR case_id IN (SELECT case_id FROM relief.relief_case"
                        + " WHERE disaster_id = CAST(? AS UUID))) ORDER BY payee_name, payment_id",
                PaymentQueries::payment, villageCode, disasterId, disasterId);
    }

    private static PaymentView payment(ResultSet r) throws SQLException {
        return new PaymentView(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                r.getInt(4), r.getObject(5, UUID.class), r.getObject(6, UUID.class), r.getObject(7, UUID.class),
                r.getString(8), r.getObject(9, UUID.class), r.getString(10), r.getString(11), r.getString(12),
                r.getLong(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getInt(18),
                r.getObject(19, LocalDate.class), r.getObject(20, Integer.class), r.getString(21), r.getString(22),
                r.getString(23) == null ? null : new HeldReason(r.getString(23), null), r.getInt(24), r.getInt(25),
                List.of());
    }
}
