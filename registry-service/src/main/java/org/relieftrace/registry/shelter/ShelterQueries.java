package org.relieftrace.registry.shelter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.shelter.ShelterViews.OccupancyPoint;
import org.relieftrace.registry.shelter.ShelterViews.OccupantView;
import org.relieftrace.registry.shelter.ShelterViews.Resettlement;
import org.relieftrace.registry.shelter.ShelterViews.ShelterView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers shelter questions: reads from the shelter tables, and {@link #divisionOf} — what commands check — from
 * the shelter's own event stream.
 */
@ApplicationScoped
public class ShelterQueries {

    private static final String COLUMNS = "s.shelter_id, s.division_code, s.name, s.latitude, s.longitude,"
            + " s.capacity, s.depot_id, s.open, (SELECT count(*) FROM registry.shelter_occupant o"
            + " WHERE o.shelter_id = s.shelter_id), s.check_ins, s.check_outs";

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** One shelter with the people in it. */
    public Optional<ShelterView> find(UUID shelterId) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.shelter s WHERE s.shelter_id = ?",
                rows -> shelter(rows, occupants(shelterId)), shelterId);
    }

    /** The division of a registered shelter, from its own events: present as soon as its registration answered. */
    public Optional<String> divisionOf(UUID shelterId) {
        return streams.created(Shelter.streamOf(shelterId), ShelterRegistered.class)
                .map(ShelterRegistered::divisionCode);
    }

    /** A page of the shelters in a division and below it ({@code null}: all). */
    public ListPage<ShelterView> list(String divisionCode, int page, int size) {
        String scope = divisionCode == null ? "%" : DivisionCode.of(divisionCode).likePattern();
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.shelter s WHERE s.division_code LIKE ?",
                "SELECT " + COLUMNS + " FROM registry.shelter s WHERE s.division_code LIKE ?"
                        + " ORDER BY s.division_code, s.name, s.shelter_id LIMIT ? OFFSET ?",
                rows -> shelter(rows, List.of()), page, size, scope);
    }

    /** A page of the shelter's occupancy over time, oldest first: a point after each check-in and check-out. */
    public ListPage<OccupancyPoint> occupancy(UUID shelterId, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.shelter_occupancy WHERE shelter_id = ?",
                "SELECT at, occupancy FROM registry.shelter_occupancy WHERE shelter_id = ?"
                        + " ORDER BY seq LIMIT ? OFFSET ?",
                rows -> new OccupancyPoint(rows.getTimestamp(1).toInstant(), rows.getInt(2)), page, size, shelterId);
    }

    /** The shelter a person is checked in at now, from the occupant table. */
    public Optional<Resettlement> resettlement(UUID personId) {
        return sql.one("SELECT person_id, shelter_id FROM registry.shelter_occupant WHERE person_id = ?"
                        + " ORDER BY shelter_id",
                rows -> new Resettlement(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)),
                personId);
    }

    private List<OccupantView> occupants(UUID shelterId) {
        return sql.list("SELECT o.person_id, p.name, p.household_id FROM registry.shelter_occupant o"
                        + " LEFT JOIN registry.person p ON p.person_id = o.person_id WHERE o.shelter_id = ?"
                        + " ORDER BY p.household_id, p.name, o.person_id",
                rows -> new OccupantView(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getObject(3, UUID.class)), shelterId);
    }

    private static ShelterView shelter(ResultSet rows, List<OccupantView> occupants) throws SQLException {
        return new ShelterView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                (Double) rows.getObject(4), (Double) rows.getObject(5), rows.getInt(6),
                rows.getObject(7, UUID.class), rows.getBoolean(8), rows.getInt(9), rows.getLong(10),
                rows.getLong(11), occupants);
    }
}
