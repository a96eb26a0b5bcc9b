package org.relieftrace.relief.standard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;

/** 救助标准 — writes every version of every county's standards ({@link StandardSet}) to the standards table. */
@ApplicationScoped
@ProcessingGroup("standards")
public class StandardProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(StandardSet event) {
        StandardAmounts a = event.amounts();
        sql.update("INSERT INTO relief.standard (" + StandardQueries.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?) ON CONFLICT DO NOTHING", event.countyCode(), event.category(),
                event.effectiveFrom(), a.perPersonMonthlyFen(), a.perDeceasedFen(), a.collapsedFen(),
                a.severelyDamagedFen(), a.generallyDamagedFen(), a.perPersonFen(), a.householdCapFen(),
                event.documentNumber(), a.housingInstalments());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.standard");
    }
}
