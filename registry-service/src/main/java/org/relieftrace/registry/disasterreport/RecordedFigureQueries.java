package org.relieftrace.registry.disasterreport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.disasterreport.DisasterReportViews.DeathView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.RecordedFiguresView;
import org.relieftrace.registry.division.DivisionViews.DivisionView;
import org.relieftrace.registry.household.DeathQueries;

/**
 * 台账数据 — what the registry recorded in a township since a disaster began, to set beside what the township
 * reported: people checked in to its shelters (from the 安置台账 this feature keeps) and deaths recorded in its
 * households (asked of the household feature).
 */
@ApplicationScoped
public class RecordedFigureQueries {

    @Inject
    Sql sql;

    @Inject
    DeathQueries deaths;

    /** The township's recorded figures since {@code since}: distinct people checked in, and each death. */
    public RecordedFiguresView of(DivisionView township, Instant since) {
        long checkedIn = sql.one("""
                SELECT count(DISTINCT c.person_id) FROM registry.resettlement_check_in c
                JOIN registry.resettlement_shelter s ON s.shelter_id = c.shelter_id
                WHERE s.division_code LIKE ? AND c.checked_in_at >= ?""", rows -> rows.getLong(1),
                DivisionCode.of(township.code()).likePattern(), Timestamp.from(since)).orElse(0L);
        List<DeathView> died = deaths.since(township.code(), BeijingTime.dateOf(since)).stream()
                .map(d -> new DeathView(d.personId(), d.householdId(), d.divisionCode(), d.name(), d.gender(),
                        d.birthDate(), d.dateOfDeath()))
                .toList();
        return new RecordedFiguresView(township.code(), township.name(), checkedIn, died.size(), died);
    }
}
