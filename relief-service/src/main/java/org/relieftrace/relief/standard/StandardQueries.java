package org.relieftrace.relief.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.relief.shared.Aggregates;
import org.relieftrace.relief.standard.StandardViews.StandardView;

/**
 * 救助标准 — the versions of a county's standards as {@link StandardProjection} keeps them, and the version in force on
 * a day as the standard's own stream holds it (so a standard set a moment ago already counts).
 */
@ApplicationScoped
public class StandardQueries {

    static final String COLUMNS = "county_code, category, effective_from, per_person_monthly_fen,"
            + " per_deceased_fen, collapsed_fen, severely_damaged_fen, generally_damaged_fen, per_person_fen,"
            + " household_cap_fen, document_number, housing_instalments";

    @Inject
    Sql sql;

    @Inject
    Aggregates aggregates;

    /** The version of the county's standard for the category in force on {@code day}. */
    public Optional<StandardView> inForce(String countyCode, ReliefCategory category, LocalDate day) {
        return aggregates.read(ReliefStandard.class, ReliefStandard.streamOf(countyCode, category),
                        standard -> standard.inForce(day).orElse(null))
                .map(set -> new StandardView(set.countyCode(), set.category(), set.effectiveFrom(), set.amounts(),
                        set.documentNumber()));
    }

    /** A page of the versions of the county's standards, by category and date. */
    public ListPage<StandardView> of(String countyCode, int page, int size) {
        return SqlPages.windowed(sql, "SELECT " + COLUMNS + ", count(*) OVER () FROM relief.standard"
                        + " WHERE county_code = ? ORDER BY category, effective_from LIMIT ? OFFSET ?",
                "SELECT count(*) FROM relief.standard WHERE county_code = ?", StandardQueries::view, page, size,
                countyCode);
    }

    private static StandardView view(ResultSet rows) throws SQLException {
        return new StandardView(rows.getString(1), ReliefCategory.valueOf(rows.getString(2)),
                rows.getObject(3, LocalDate.class), new StandardAmounts(rows.getLong(4), rows.getLong(5),
                rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10),
                rows.getInt(12)),
                rows.getString(11));
    }
}
