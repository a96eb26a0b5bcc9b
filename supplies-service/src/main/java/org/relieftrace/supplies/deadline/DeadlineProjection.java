package org.relieftrace.supplies.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.deadline.ReportMessages.ReportFiled;

/** 时限报告台账 — the acceptance reports and dispatch vouchers filed, which clear their deadlines. */
@ApplicationScoped
@ProcessingGroup("transfers")
public class DeadlineProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(ReportFiled event) {
        sql.update("""
                INSERT INTO supplies.filed_report (kind, subject_id, depot_id, filed_by, result, notes, filed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", event.kind().name(), event.subjectId(),
                event.depotId(), event.filedBy(), event.result(), event.notes(), event.filedOn());
    }

    @ResetHandler
    void reset() {
        sql.update("DELETE FROM supplies.filed_report");
    }
}
