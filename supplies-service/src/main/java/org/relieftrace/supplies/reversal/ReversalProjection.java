package org.relieftrace.supplies.reversal;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.StockEvents.DistributionReversed;
import org.relieftrace.supplies.stock.StockEvents.ReceiptReversed;
import org.relieftrace.supplies.stock.StockEvents.ReversalRejected;
import org.relieftrace.supplies.stock.StockEvents.ReversalRequested;

/** 冲正记录 — the latest reversal of each receipt or distribution: asked for, rejected or done, by whom and why. */
@ApplicationScoped
@ProcessingGroup("stock")
@BatchedReplay(readsTables = false)
public class ReversalProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(ReversalRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("""
                INSERT INTO supplies.reversal (record_id, depot_id, kind, status, requested_by, reason, requested_at)
                VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET status = 'REQUESTED',
                    requested_by = EXCLUDED.requested_by, reason = EXCLUDED.reason,
                    requested_at = EXCLUDED.requested_at, decided_by = NULL, decision_reason = NULL,
                    decided_at = NULL""",
                event.recordId(), event.depotId(), event.kind(), event.requestedBy(), event.reason(),
                Timestamp.from(at));
    }

    @EventHandler
    void on(ReversalRejected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        decided(event.recordId(), "REJECTED", event.rejectedBy(), event.reason(), at);
    }

    @EventHandler
    void on(ReceiptReversed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        decided(event.receiptId(), "REVERSED", event.approvedBy(), null, at);
    }

    @EventHandler
    void on(DistributionReversed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        decided(event.distributionId(), "REVERSED", event.approvedBy(), null, at);
    }

    private void decided(Object recordId, String status, String by, String reason, Instant at) {
        sql.update("UPDATE supplies.reversal SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ?"
                + " WHERE record_id = ?", status, by, reason, Timestamp.from(at), recordId);
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.reversal");
    }
}
