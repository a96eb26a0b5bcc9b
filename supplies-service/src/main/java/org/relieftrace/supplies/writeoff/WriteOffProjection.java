package org.relieftrace.supplies.writeoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.StockEvents.StockWrittenOff;
import org.relieftrace.supplies.stock.StockEvents.WriteOffRequested;

/** 报损台账 — one row per write-off with who asked and who approved. */
@ApplicationScoped
@ProcessingGroup("stock")
@BatchedReplay(readsTables = false)
public class WriteOffProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(WriteOffRequested event) {
        sql.update("""
                INSERT INTO supplies.write_off (write_off_id, depot_id, lot_id, quantity, kind, requested_by, status)
                VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED') ON CONFLICT DO NOTHING""",
                event.writeOffId(), event.depotId(), event.lotId(), event.quantity(), event.kind(),
                event.requestedBy());
    }

    @EventHandler
    void on(StockWrittenOff event) {
        sql.update("UPDATE supplies.write_off SET approved_by = ?, status = 'WRITTEN_OFF' WHERE write_off_id = ?",
                event.approvedBy(), event.writeOffId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.write_off");
    }
}
