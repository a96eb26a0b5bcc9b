package org.relieftrace.registry.depot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.DepotCapacityDeclared;
import org.relieftrace.contracts.registry.DepotKeepersAssigned;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.readmodel.Sql;

/** 仓库表 — keeps one row per registered depot and its keepers, from the depots' events. */
@ApplicationScoped
@ProcessingGroup("depots")
public class DepotProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(DepotRegistered event) {
        sql.update("""
                INSERT INTO registry.depot (depot_id, code, name, division_code, tier, kind, latitude, longitude,
                                            address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (depot_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                    division_code = EXCLUDED.division_code, tier = EXCLUDED.tier, kind = EXCLUDED.kind,
                    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, address = EXCLUDED.address""",
                event.depotId(), event.code(), event.name(), event.divisionCode(), event.tier(), event.kind(),
                event.latitude(), event.longitude(), event.address());
    }

    @EventHandler
    void on(DepotCapacityDeclared event) {
        sql.update("UPDATE registry.depot SET capacity_m3 = ? WHERE depot_id = ?", event.cubicMetres(),
                event.depotId());
    }

    @EventHandler
    void on(DepotKeepersAssigned event) {
        sql.update("DELETE FROM registry.depot_keeper WHERE depot_id = ?", event.depotId());
        for (String keeper : event.keepers()) {
            sql.update("INSERT INTO registry.depot_keeper (depot_id, username) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", event.depotId(), keeper);
        }
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.depot, registry.depot_keeper");
    }
}
