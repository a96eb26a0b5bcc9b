package org.relieftrace.relief.reliefcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.relief.payment.PayableCases;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 案件台账 — reads the relief cases {@link CaseProjection} keeps: one case, a page of a division's cases, the overdue
 * ones, and the approved ones payments pay ({@link PayableCases}).
 */
@ApplicationScoped
public class CaseQueries implements PayableCases {

    static final String COLUMNS = "case_id, household_id, division_code, category, disaster_id, period,"
            + " beneficiary_person_id, origin, status, proposed_by, opened_at, members_covered, months,"
            + " deceased_persons, damage_grade, minutes_reference, appraised_on, appraised_by, proposed_amount_fen,"
            + " notice_id, notice_posted_on, notice_ends_on, open_objections, review_due, reviewed_by, reviewed_on,"
            + " approval_due, approved_by, second_approver, approved_on, amount_fen, fund_id, payout_due,"
            + " payment_status, payment_id, payment_attempt, payment_failed_at, failure_reason, paid_on,"
            + " notice_recorded_on, notice_confirmed_by, instalments, instalments_paid, payment_instalment";
    /** A division code standing for every division (an administrator's scope). */
    private static final String EVERYWHERE = "000000000000";

    @Inject
    Sql sql;

    /** The case, if opened (without actions: {@link CaseActions} adds the reader's). */
    public Optional<CaseView> find(UUID caseId) {
        return sql.one("SELECT " + COLUMNS + " FROM relief.relief_case WHERE case_id = ?", CaseQueries::view, caseId);
    }

    /**
     * A page of the cases in a division and below ({@code null}: everywhere), optionally of one status, disaster
     * and category, with how many there are in all.
     */
    public ListPage<CaseView> list(String division, CaseStatus status, UUID disasterId, ReliefCategory category,
                                   int page, int size) {
        List<Object> values = new ArrayList<>();
        String where = filter(division, status, disasterId, category, values);
        return SqlPages.windowed(sql, "SELECT " + COLUMNS + ", count(*) OVER () FROM relief.relief_case WHERE "
                        + where + " ORDER BY division_code, opened_at, case_id LIMIT ? OFFSET ?",
                "SELECT count(*) FROM relief.relief_case WHERE " + where, CaseQueries::view, page, size,
                values.toArray());
    }

    /** Every case in the division and below of the status (the posting of a notice takes them all). */
    public List<CaseView> all(String division, CaseStatus status) {
        return all(division, status, null, null);
    }

    @Override
    public List<PayableCase> approved(String division, UUID disasterId, ReliefCategory category) {
        return all(division, CaseStatus.APPROVED, disasterId, category).stream().map(CaseQueries::payable).toList();
    }

    @Override
    public Optional<PayableCase> payable(UUID caseId) {
        return find(caseId).map(CaseQueries::payable);
    }

    private List<CaseView> all(String division, CaseStatus status, UUID disasterId, ReliefCategory category) {
        List<Object> values = new ArrayList<>();
        String where = filter(division, status, disasterId, category, values);
        return sql.list("SELECT " + COLUMNS + " FROM relief.relief_case WHERE " + where
                + " ORDER BY division_code, opened_at, case_id", CaseQueries::view, values.toArray());
    }

    private static PayableCase payable(CaseView c) {
        return new PayableCase(c.caseId(), c.householdId(), c.divisionCode(), c.beneficiaryPersonId(), c.fundId(),
                c.amountFen(), c.noticeEndsOn(), c.paymentStatus(), c.paymentId(), c.instalments().of(),
                c.instalments().paid(), c.instalments().current());
    }

    private static String filter(String division, CaseStatus status, UUID disasterId, ReliefCategory category,
                                 List<Object> values) {
        StringBuilder where = new StringBuilder("division_code LIKE ?");
        values.add(likeOf(division));
        if (status != null) {
            where.append(" AND status = ?");
            values.add(status.name());
        }
        if (disasterId != null) {
            where.append(" AND disaster_id = ?");
            values.add(disasterId);
        }
        if (category != null) {
            where.append(" AND category = ?");
            values.add(category.name());
        }
        return where.toString();
    }

    /** The LIKE pattern of every code in the division and below; every code for none. */
    private static String likeOf(String division) {
        return division == null || division.equals(EVERYWHERE) ? "%" : DivisionCode.of(division).likePattern();
    }

    /** 待办超期 — cases waiting past their review or approval deadline, approvals not paid in time. */
    public List<CaseView> overdue(String division, LocalDate today) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.relief_case WHERE division_code LIKE ? AND ("
                + " (status = 'ON_NOTICE' AND review_due < ?)"
                + " OR (status IN ('REVIEWED', 'AWAITING_SECOND_APPROVAL') AND approval_due < ?)"
                + " OR (status = 'APPROVED' AND instalments_paid = 0 AND coalesce(payment_status, '') <> 'PAID'"
                + " AND payout_due < ?))"
                + " ORDER BY division_code, case_id", CaseQueries::view, likeOf(division), today, today, today);
    }

    static CaseView view(ResultSet r) throws SQLException {
        LocalDate postedOn = r.getObject(21, LocalDate.class);
        LocalDate endsOn = r.getObject(22, LocalDate.class);
        LocalDate recordedOn = r.getObject(40, LocalDate.class);
        String confirmedBy = r.getString(41);
        return new CaseView(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                ReliefCategory.valueOf(r.getString(4)), r.getObject(5, UUID.class), r.getString(6),
                r.getObject(7, UUID.class), r.getString(8), CaseStatus.valueOf(r.getString(9)), r.getString(10),
                instant(r, 11), (Integer) r.getObject(12), (Integer) r.getObject(13), (Integer) r.getObject(14),
                r.getString(15), r.getString(16), r.getObject(17, LocalDate.class), r.getString(18),
                (Long) r.getObject(19), r.getObject(20, UUID.class), postedOn, endsOn, r.getInt(23),
                r.getObject(24, LocalDate.class), r.getString(25),
                r.getObject(26, LocalDate.class), r.getObject(27, LocalDate.class), r.getString(28),
                r.getString(29), r.getObject(30, LocalDate.class), (Long) r.getObject(31),
                r.getObject(32, UUID.class), r.getObject(33, LocalDate.class), r.getString(34),
                r.getObject(35, UUID.class), r.getInt(36), instant(r, 37), r.getString(38),
                r.getObject(39, LocalDate.class), List.of(), recordedOn != null, recordedOn, confirmedBy,
                CaseRules.noticeRunsUntil(postedOn, endsOn, recordedOn, confirmedBy != null),
                new CaseViews.Instalments(r.getInt(42), r.getInt(43), r.getInt(44)), null);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
