package org.relieftrace.registry.shelter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

import org.relieftrace.contracts.registry.PersonCheckedIn;
import org.relieftrace.contracts.registry.PersonCheckedOut;
import org.relieftrace.contracts.registry.ShelterClosed;
import org.relieftrace.contracts.registry.ShelterOpened;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.platform.readmodel.Sql;

/** 避难场所表 — shelters, who is in them and how many came and went, from the shelters' events. */
@ApplicationScoped
@ProcessingGroup("shelters")
public class ShelterProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(ShelterRegistered event) {
        sql.update("""
                INSERT INTO registry.shelter (shelter_id, division_code, name, latitude, longitude, capacity,
                                              depot_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (shelter_id) DO UPDATE SET division_code = EXCLUDED.division_code,
                    name = EXCLUDED.name, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                    capacity = EXCLUDED.capacity, depot_id = EXCLUDED.depot_id""",
                event.shelterId(), event.divisionCode(), event.name(), event.latitude(), event.longitude(),
                event.capacity(), event.depotId());
    }

    @EventHandler
    void on(ShelterOpened event) {
        sql.update("UPDATE registry.shelter SET open = TRUE WHERE shelter_id = ?", event.shelterId());
    }

    @EventHandler
    void on(ShelterClosed event) {
        sql.update("UPDATE registry.shelter SET open = FALSE WHERE shelter_id = ?", event.shelterId());
    }

    @EventHandler
    void on(PersonCheckedIn event, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        int inserted = sql.update("INSERT INTO registry.shelter_occupant (shelter_id, person_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", event.shelterId(), event.personId());
        if (inserted > 0) {
            sql.update("UPDATE registry.shelter SET check_ins = check_ins + 1 WHERE shelter_id = ?",
                    event.shelterId());
        }
        recordOccupancy(event.shelterId(), seq, at);
    }

    @EventHandler
    void on(PersonCheckedOut event, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        int deleted = sql.update("DELETE FROM registry.shelter_occupant WHERE shelter_id = ? AND person_id = ?",
                event.shelterId(), event.personId());
        if (deleted > 0) {
            sql.update("UPDATE registry.shelter SET check_outs = check_outs + 1 WHERE shelter_id = ?",
                    event.shelterId());
        }
        recordOccupancy(event.shelterId(), seq, at);
    }

    /** The occupancy the shelter has after its event {@code seq}: a point of its occupancy over time. */
    private void recordOccupancy(UUID shelterId, long seq, Instant at) {
        sql.update("INSERT INTO registry.shelter_occupancy (shelter_id, seq, at, occupancy)"
                + " SELECT shelter_id, ?, ?, check_ins - check_outs FROM registry.shelter WHERE shelter_id = ?"
                + " ON CONFLICT DO NOTHING", seq, Timestamp.from(at), shelterId);
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.shelter, registry.shelter_occupant, registry.shelter_occupancy");
    }
}
