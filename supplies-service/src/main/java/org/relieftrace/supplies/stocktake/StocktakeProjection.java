package org.relieftrace.supplies.stocktake;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.StockEvents.StocktakeApproved;
import org.relieftrace.supplies.stock.StockEvents.StocktakeCounted;
import org.relieftrace.supplies.stock.StockEvents.StocktakeStarted;
import org.relieftrace.supplies.stock.StockEvents.Variance;

/** 盘点记录 — count sessions and their variance lines. */
@ApplicationScoped
@ProcessingGroup("stock")
@BatchedReplay(readsTables = false)
public class StocktakeProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(StocktakeStarted event, @Timestamp Instant at) {
        sql.update("INSERT INTO supplies.stocktake (stocktake_id, depot_id, status, opened_at, started_by)"
                + " VALUES (?, ?, 'OPEN', ?, ?) ON CONFLICT DO NOTHING", event.stocktakeId(), event.depotId(),
                java.sql.Timestamp.from(at), event.startedBy());
    }

    @EventHandler
    void on(StocktakeCounted event) {
        sql.update("UPDATE supplies.stocktake SET status = 'COUNTED', counted_by = ?,"
                + " counters = counters || coalesce(?::text, '') || ' ' WHERE stocktake_id = ?",
                event.countedBy(), event.countedBy(), event.stocktakeId());
        for (Variance line : event.lines()) {
            sql.update("""
                    INSERT INTO supplies.stocktake_line (stocktake_id, lot_id, item_code, book, counted, reason)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (stocktake_id, lot_id) DO UPDATE SET book = EXCLUDED.book,
                        counted = EXCLUDED.counted, reason = EXCLUDED.reason""",
                    event.stocktakeId(), line.lotId(), line.itemCode(), line.book(), line.counted(), line.reason());
        }
    }

    @EventHandler
    void on(StocktakeApproved event) {
        sql.update("UPDATE supplies.stocktake SET status = 'APPROVED', approved_by = ? WHERE stocktake_id = ?",
                event.approvedBy(), event.stocktakeId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.stocktake, supplies.stocktake_line");
    }
}
