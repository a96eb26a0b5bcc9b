package org.relieftrace.registry.division;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.readmodel.Sql;

/** 行政区划表 — keeps one row per registered division, from the divisions' events. */
@ApplicationScoped
@ProcessingGroup("divisions")
public class DivisionProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(DivisionRegistered event) {
        sql.update("""
                INSERT INTO registry.division (code, name, level, parent_code)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                    parent_code = EXCLUDED.parent_code""",
                event.code(), event.name(), event.level(), event.parentCode());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.division");
    }
}
