package org.relieftrace.registry.household;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.readmodel.Sql;

/** 死亡登记查询 — the deaths recorded (死亡登记) in households of a division, for the 因灾死亡失踪人口一览表. */
@ApplicationScoped
public class DeathQueries {

    /** A recorded death: who, of which household in which division, and when. */
    public record RecordedDeath(UUID personId, UUID householdId, String divisionCode, String name, String gender,
                                LocalDate birthDate, LocalDate dateOfDeath) {
    }

    @Inject
    Sql sql;

    /** The deaths recorded in households of {@code division} and below, on or after {@code from}; by date. */
    public List<RecordedDeath> since(String division, LocalDate from) {
        return sql.list("""
                SELECT p.person_id, h.household_id, h.division_code, p.name, p.gender, p.birth_date, p.deceased_on
                FROM registry.person p JOIN registry.household h ON h.household_id = p.household_id
                WHERE p.deceased_on IS NOT NULL AND p.deceased_on >= ? AND h.division_code LIKE ?
                ORDER BY p.deceased_on, p.person_id""",
                rows -> new RecordedDeath(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getDate(6).toLocalDate(),
                        rows.getDate(7).toLocalDate()),
                Date.valueOf(from), DivisionCode.of(division).likePattern());
    }
}
