package org.relieftrace.registry.capacity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.capacity.CapacityViews.CapacityAgreementView;

/** Answers questions about production-capacity agreements from their table. */
@ApplicationScoped
public class CapacityQueries {

    private static final String COLUMNS = "agreement_id, contract_number, enterprise, item_code, daily_capacity,"
            + " valid_from, valid_to, division_code";
    private static final String FILTER = " WHERE (?::text IS NULL OR division_code LIKE ?)"
            + " AND (?::text IS NULL OR item_code = ?)"
            + " AND (?::date IS NULL OR (valid_from <= ? AND valid_to >= ?))";

    @Inject
    Sql sql;

    /** One agreement by its id. */
    public Optional<CapacityAgreementView> find(UUID agreementId) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.capacity_agreement WHERE agreement_id = ?",
                CapacityQueries::agreement, agreementId);
    }

    /** Whether an agreement with this contract number is recorded already. */
    public boolean contractTaken(String contractNumber) {
        return sql.one("SELECT 1 FROM registry.capacity_agreement WHERE contract_number = ?", rows -> true,
                contractNumber).isPresent();
    }

    /**
     * A page of the agreements of a division and below ({@code null}: all), optionally for one item, in force on a
     * day ({@code null}: any).
     */
    public ListPage<CapacityAgreementView> list(String division, String itemCode, LocalDate day, int page,
                                                int size) {
        String prefix = division == null ? null : DivisionCode.of(division).likePattern();
        Object[] filter = {prefix, prefix, itemCode, itemCode, day, day, day};
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.capacity_agreement" + FILTER,
                "SELECT " + COLUMNS + " FROM registry.capacity_agreement" + FILTER
                        + " ORDER BY item_code, contract_number LIMIT ? OFFSET ?", CapacityQueries::agreement,
                page, size, filter);
    }

    private static CapacityAgreementView agreement(ResultSet rows) throws SQLException {
        return new CapacityAgreementView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getLong(5), rows.getObject(6, LocalDate.class),
                rows.getObject(7, LocalDate.class), rows.getString(8));
    }
}
