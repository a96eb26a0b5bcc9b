package org.relieftrace.registry.disaster;

import java.sql.Timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.DisasterEnded;
import org.relieftrace.contracts.registry.DisasterResponseLevelChanged;
import org.relieftrace.contracts.registry.DisasterStatisticsReported;
import org.relieftrace.platform.readmodel.Sql;

/** 灾害事件表 — disasters, the divisions they affect and every report of their figures, from the disasters' events. */
@ApplicationScoped
@ProcessingGroup("disasters")
public class DisasterProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(DisasterDeclared event) {
        sql.update("""
                INSERT INTO registry.disaster (disaster_id, type, name, started_at, response_level)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (disaster_id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name,
                    started_at = EXCLUDED.started_at, response_level = EXCLUDED.response_level""",
                event.disasterId(), event.type(), event.name(), Timestamp.from(event.startedAt()),
                event.responseLevel());
        for (String code : event.affectedDivisionCodes()) {
            sql.update("INSERT INTO registry.disaster_division (disaster_id, division_code, scope_prefix)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", event.disasterId(), code,
                    DivisionCode.of(code).prefix());
        }
    }

    @EventHandler
    void on(DisasterResponseLevelChanged event) {
        sql.update("UPDATE registry.disaster SET response_level = ? WHERE disaster_id = ?", event.responseLevel(),
                event.disasterId());
    }

    @EventHandler
    void on(DisasterEnded event) {
        sql.update("UPDATE registry.disaster SET ended_at = ? WHERE disaster_id = ?",
                Timestamp.from(event.endedAt()), event.disasterId());
    }

    @EventHandler
    void on(DisasterStatisticsReported event, @SequenceNumber long sequence) {
        sql.update("""
                INSERT INTO registry.disaster_statistics (disaster_id, sequence_number, as_of, affected_people,
                    evacuated, deaths, missing, collapsed_houses, damaged_houses, direct_loss_fen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (disaster_id, sequence_number) DO NOTHING""",
                event.disasterId(), sequence, Timestamp.from(event.asOf()), event.affectedPeople(),
                event.evacuated(), event.deaths(), event.missing(), event.collapsedHouses(), event.damagedHouses(),
                event.directLossFen());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.disaster, registry.disaster_division, registry.disaster_statistics");
    }
}
