package org.relieftrace.supplies.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.readmodel.Sql;

/** 批次库存 — keeps one row per lot with what is on hand and reserved, from the depots' stock events. */
@ApplicationScoped
@ProcessingGroup("stock")
public class StockProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(StockReceived event) {
        sql.update("""
                INSERT INTO supplies.lot_stock (lot_id, depot_id, receipt_id, item_code, lot_number, unit,
                    specification, origin, produced_on, expires_on, received_on, source, reference, supplier,
                    received_quantity, on_hand)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (lot_id) DO NOTHING""",
                event.lotId(), event.depotId(), event.receiptId(), event.itemCode(), event.lotNumber(), event.unit(),
                event.specification(), event.origin(), event.producedOn(), event.expiresOn(), event.receivedOn(),
                event.source(), event.reference(), event.supplier(), event.quantity(), event.quantity());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.lot_stock");
    }
}
