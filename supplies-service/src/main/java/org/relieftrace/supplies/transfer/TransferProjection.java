package org.relieftrace.supplies.transfer;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.ArrivedLot;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferCancelled;
import org.relieftrace.supplies.transfer.TransferEvents.TransferClosed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferFailed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReceived;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRejected;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReserved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferStepFailed;

/** 调拨台账 — one row per transfer with its status, and one per lot sent with what arrived of it. */
@ApplicationScoped
@ProcessingGroup("transfers")
public class TransferProjection {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Sql sql;

    @EventHandler
    void on(TransferRequested event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(EventMetadata.USER_ID) String requestedBy) {
        String lines;
        try {
            lines = JSON.writeValueAsString(event.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sql.update("""
                INSERT INTO supplies.transfer_view (transfer_id, supply_request_id, from_depot_id, from_division,
                    to_depot_id, to_division, lateral_move, status, lines, requested_at, requested_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?) ON CONFLICT (transfer_id) DO NOTHING""",
                event.transferId(), event.supplyRequestId(), event.fromDepotId(), event.fromDivision(),
                event.toDepotId(), event.toDivision(), event.lateral(), lines, Timestamp.from(at), requestedBy);
    }

    @EventHandler
    void on(TransferApproved event) {
        status(event.transferId(), TransferStatus.APPROVED);
    }

    @EventHandler
    void on(TransferRejected event) {
        status(event.transferId(), TransferStatus.REJECTED);
    }

    @EventHandler
    void on(TransferCancelled event) {
        status(event.transferId(), TransferStatus.CANCELLED);
    }

    @EventHandler
    void on(TransferReserved event) {
        status(event.transferId(), TransferStatus.RESERVED);
        for (LotQuantity lot : event.lots()) {
            sql.update("""
                    INSERT INTO supplies.transfer_lot (transfer_id, source_lot_id, item_code, lot_number, quantity)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    event.transferId(), lot.lotId(), lot.itemCode(), lot.lotNumber(), lot.quantity());
        }
    }

    @EventHandler
    void on(TransferFailed event) {
        sql.update("UPDATE supplies.transfer_view SET status = 'FAILED', failure = ? WHERE transfer_id = ?",
                event.code(), event.transferId());
    }

    @EventHandler
    void on(TransferStepFailed event) {
        sql.update("UPDATE supplies.transfer_view SET failure = ? WHERE transfer_id = ?", event.code(),
                event.transferId());
    }

    @EventHandler
    void on(TransferDispatched event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("""
                UPDATE supplies.transfer_view SET status = 'DISPATCHED', vehicle = ?, driver = ?, waybill_number = ?,
                    dispatched_on = ?, dispatched_at = ? WHERE transfer_id = ?""",
                event.vehicle(), event.driver(), event.waybillNumber(), event.dispatchedOn(), Timestamp.from(at),
                event.transferId());
    }

    @EventHandler
    void on(TransferReceived event) {
        sql.update("UPDATE supplies.transfer_view SET status = 'RECEIVED', received_on = ? WHERE transfer_id = ?",
                event.receivedOn(), event.transferId());
        for (ArrivedLot lot : event.lots()) {
            sql.update("""
                    UPDATE supplies.transfer_lot SET new_lot_id = ?, received = ?, damaged = ?, shortage = ?,
                        reason = ? WHERE transfer_id = ? AND source_lot_id = ?""",
                    lot.lotId(), lot.received(), lot.damaged(), lot.shortage(), lot.reason(), event.transferId(),
                    lot.source().lotId());
        }
    }

    @EventHandler
    void on(TransferClosed event) {
        status(event.transferId(), TransferStatus.CLOSED);
    }

    private void status(java.util.UUID transferId, TransferStatus status) {
        sql.update("UPDATE supplies.transfer_view SET status = ? WHERE transfer_id = ?", status, transferId);
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.transfer_view, supplies.transfer_lot");
    }
}
