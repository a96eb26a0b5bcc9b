package org.relieftrace.relief.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;

/** 救助标准 — the versions of every county's standards, kept from {@link StandardSet}, and which one is in force. */
@ApplicationScoped
@ProcessingGroup("standards")
public class Standards {

    /** One version of a standard. */
    public record StandardView(String countyCode, ReliefCategory category, LocalDate effectiveFrom,
                               StandardAmounts amounts, String documentNumber) {
    }

    private static final String COLUMNS = "county_code, category, effective_from, per_person_monthly_fen,"
            + " per_deceased_fen, collapsed_fen, severely_damaged_fen, generally_damaged_fen, per_person_fen,"
            + " household_cap_fen, document_number";

    @Inject
    Sql sql;

    @EventHandler
    void on(StandardSet event) {
        StandardAmounts a = event.amounts();
        sql.update("INSERT INTO relief.standard (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", event.countyCode(), event.category(), event.effectiveFrom(),
                a.perPersonMonthlyFen(), a.perDeceasedFen(), a.collapsedFen(), a.severelyDamagedFen(),
                a.generallyDamagedFen(), a.perPersonFen(), a.householdCapFen(), event.documentNumber());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.standard");
    }

    /** The version of the county's standard for the category in force on {@code day}. */
    public Optional<StandardView> inForce(String countyCode, ReliefCategory category, LocalDate day) {
        return sql.one("SELECT " + COLUMNS + " FROM relief.standard WHERE county_code = ? AND category = ?"
                        + " AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1", Standards::view,
                countyCode, category, day);
    }

    /** Every version of the county's standards, by category and date. */
    public List<StandardView> of(String countyCode) {
        return sql.list("SELECT " + COLUMNS + " FROM relief.standard WHERE county_code = ?"
                + " ORDER BY category, effective_from", Standards::view, countyCode);
    }

    private static StandardView view(ResultSet rows) throws SQLException {
        return new StandardView(rows.getString(1), ReliefCategory.valueOf(rows.getString(2)),
                rows.getObject(3, LocalDate.class), new StandardAmounts(rows.getLong(4), rows.getLong(5),
                rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10)),
                rows.getString(11));
    }
}
