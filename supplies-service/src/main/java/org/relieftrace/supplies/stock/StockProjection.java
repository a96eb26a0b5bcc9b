package org.relieftrace.supplies.stock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.StockEvents.DistributionReversed;
import org.relieftrace.supplies.stock.StockEvents.ReceiptReversed;
import org.relieftrace.supplies.stock.StockEvents.ReservationIssued;
import org.relieftrace.supplies.stock.StockEvents.ReservationReleased;
import org.relieftrace.supplies.stock.StockEvents.ReserveNormSet;
import org.relieftrace.supplies.stock.StockEvents.StockAdjusted;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.StockWrittenOff;
import org.relieftrace.supplies.stock.StockEvents.TransferredStockReceived;

/**
 * 批次库存 — keeps one row per lot with what is on hand and reserved, the same per depot and item (库存汇总, what
 * readiness reads), and a movement row for every quantity that entered or left a lot (the trail that traceability and
 * the "stock = sum of events" check read). Its handlers never read row counts nor its tables, and each statement names
 * one of its tables, so its replay may batch its writes into shadow tables that have only their unique indexes.
 */
@ApplicationScoped
@ProcessingGroup("stock")
@BatchedReplay(readsTables = false)
public class StockProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(StockReceived event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("""
                INSERT INTO supplies.lot_stock (lot_id, depot_id, receipt_id, item_code, lot_number, unit,
                    specification, origin, produced_on, expires_on, received_on, source, reference, supplier,
                    received_quantity, on_hand)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (lot_id) DO NOTHING""",
                event.lotId(), event.depotId(), event.receiptId(), event.itemCode(), event.lotNumber(), event.unit(),
                event.specification(), event.origin(), event.producedOn(), event.expiresOn(), event.receivedOn(),
                event.source(), event.reference(), event.supplier(), event.quantity(), event.quantity());
        total(event.depotId(), event.itemCode(), event.quantity(), 0);
        move(event.lotId(), event.depotId(), "RECEIVED", event.quantity(), null, null, null, event.receiptId(), null,
                at);
    }

    @EventHandler
    void on(StockReserved event) {
        event.lots().forEach(part -> reserved(event.depotId(), part, part.quantity()));
    }

    @EventHandler
    void on(ReservationReleased event) {
        event.lots().forEach(part -> reserved(event.depotId(), part, -part.quantity()));
    }

    @EventHandler
    void on(ReservationIssued event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (LotQuantity part : event.lots()) {
            sql.update("UPDATE supplies.lot_stock SET reserved = reserved - ?, on_hand = on_hand - ? WHERE lot_id = ?",
                    part.quantity(), part.quantity(), part.lotId());
            total(event.depotId(), part.itemCode(), -part.quantity(), -part.quantity());
            move(part.lotId(), event.depotId(), "ISSUED", -part.quantity(), event.reservationId(), null, null, null,
                    null, at);
        }
    }

    @EventHandler
    void on(TransferredStockReceived event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (StockCommands.ArrivedLot lot : event.lots()) {
            LotQuantity source = lot.source();
            sql.update("""
                    INSERT INTO supplies.lot_stock (lot_id, depot_id, item_code, lot_number, unit, produced_on,
                        expires_on, received_on, source, received_quantity, on_hand, source_lot_id, transfer_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'TRANSFER', ?, ?, ?, ?)
                    ON CONFLICT (lot_id) DO NOTHING""",
                    lot.lotId(), event.depotId(), source.itemCode(), source.lotNumber(), source.unit(),
                    source.producedOn(), source.expiresOn(), event.receivedOn(), lot.received(), lot.received(),
                    source.lotId(), event.transferId());
            total(event.depotId(), source.itemCode(), lot.received(), 0);
            move(lot.lotId(), event.depotId(), "ARRIVED", lot.received(), event.transferId(), null, null,
                    lot.source().lotId(), lot.reason(), at);
        }
    }

    @EventHandler
    void on(StockDistributed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (LotQuantity part : event.lots()) {
            sql.update("UPDATE supplies.lot_stock SET on_hand = on_hand - ? WHERE lot_id = ?", part.quantity(),
                    part.lotId());
            total(event.depotId(), part.itemCode(), -part.quantity(), 0);
            move(part.lotId(), event.depotId(), "DISTRIBUTED", -part.quantity(), null, event.distributionId(),
                    event.householdId(), event.disasterId(), event.recipientName(), at);
        }
    }

    @EventHandler
    void on(StockWrittenOff event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("UPDATE supplies.lot_stock SET on_hand = on_hand - ? WHERE lot_id = ?", event.quantity(),
                event.lotId());
        total(event.depotId(), event.itemCode(), -event.quantity(), 0);
        move(event.lotId(), event.depotId(), "WRITTEN_OFF", -event.quantity(), null, null, null, event.writeOffId(),
                event.kind(), at);
    }

    @EventHandler
    void on(StockAdjusted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("UPDATE supplies.lot_stock SET on_hand = on_hand + ? WHERE lot_id = ?", event.delta(),
                event.lotId());
        total(event.depotId(), event.itemCode(), event.delta(), 0);
        move(event.lotId(), event.depotId(), "ADJUSTED", event.delta(), null, null, null, event.stocktakeId(),
                event.reason(), at);
    }

    @EventHandler
    void on(ReceiptReversed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (LotQuantity part : event.lots()) {
            sql.update("UPDATE supplies.lot_stock SET on_hand = on_hand - ? WHERE lot_id = ?", part.quantity(),
                    part.lotId());
            total(event.depotId(), part.itemCode(), -part.quantity(), 0);
            move(part.lotId(), event.depotId(), "RECEIPT_REVERSED", -part.quantity(), null, null, null,
                    event.receiptId(), event.reason(), at);
        }
    }

    @EventHandler
    void on(DistributionReversed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        for (LotQuantity part : event.lots()) {
            sql.update("UPDATE supplies.lot_stock SET on_hand = on_hand + ? WHERE lot_id = ?", part.quantity(),
                    part.lotId());
            total(event.depotId(), part.itemCode(), part.quantity(), 0);
            move(part.lotId(), event.depotId(), "DISTRIBUTION_REVERSED", part.quantity(), null,
                    event.distributionId(), event.householdId(), event.disasterId(), event.reason(), at);
        }
    }

    @EventHandler
    void on(ReserveNormSet event) {
        sql.update("""
                INSERT INTO supplies.reserve_norm (depot_id, item_code, quantity) VALUES (?, ?, ?)
                ON CONFLICT (depot_id, item_code) DO UPDATE SET quantity = EXCLUDED.quantity""",
                event.depotId(), event.itemCode(), event.quantity());
    }

    private void reserved(UUID depotId, LotQuantity part, long change) {
        sql.update("UPDATE supplies.lot_stock SET reserved = reserved + ? WHERE lot_id = ?", change, part.lotId());
        total(depotId, part.itemCode(), 0, change);
    }

    /** Adds to what the depot holds of the item, as the lot changes do. */
    private void total(UUID depotId, String itemCode, long onHand, long reserved) {
        sql.update("""
                INSERT INTO supplies.depot_item_stock AS s (depot_id, item_code, on_hand, reserved)
                VALUES (?, ?, ?, ?) ON CONFLICT (depot_id, item_code) DO UPDATE
                SET on_hand = s.on_hand + EXCLUDED.on_hand, reserved = s.reserved + EXCLUDED.reserved""",
                depotId, itemCode, onHand, reserved);
    }

    private void move(UUID lotId, UUID depotId, String kind, long quantity, UUID transferId, UUID distributionId,
                      UUID householdId, UUID referenceId, String reason, Instant at) {
        sql.update("""
                INSERT INTO supplies.lot_movement (lot_id, depot_id, kind, quantity, transfer_id, distribution_id,
                    household_id, reference_id, reason, happened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lotId, depotId, kind, quantity, transferId, distributionId, householdId, referenceId, reason,
                Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.lot_stock, supplies.lot_movement, supplies.reserve_norm,"
                + " supplies.depot_item_stock");
    }
}
