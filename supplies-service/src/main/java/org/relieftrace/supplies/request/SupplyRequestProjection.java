package org.relieftrace.supplies.request;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestApproved;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestRejected;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestSubmitted;
import org.relieftrace.supplies.stock.StockCommands.ArrivedLot;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReceived;

/** 需求申报台账 — requests with their approvals, and per item what transfers that name them delivered. */
@ApplicationScoped
@ProcessingGroup("transfers")
public class SupplyRequestProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(SupplyRequestSubmitted event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(EventMetadata.USER_ID) String submittedBy) {
        sql.update("""
                INSERT INTO supplies.supply_request (request_id, division_code, disaster_id, affected_people, status,
                    submitted_at, submitted_by) VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?) ON CONFLICT DO NOTHING""",
                event.requestId(), event.divisionCode(), event.disasterId(), event.affectedPeople(),
                Timestamp.from(at), submittedBy);
        for (RequestedItem item : event.items()) {
            sql.update("""
                    INSERT INTO supplies.supply_request_line (request_id, item_code, quantity) VALUES (?, ?, ?)
                    ON CONFLICT (request_id, item_code) DO UPDATE SET quantity = supply_request_line.quantity
                        + EXCLUDED.quantity""", event.requestId(), item.itemCode(), item.quantity());
        }
    }

    @EventHandler
    void on(SupplyRequestApproved event, @MetaDataValue(EventMetadata.USER_ID) String approver) {
        sql.update("""
                UPDATE supplies.supply_request SET status = ?, approvals = approvals || ?,
                    approver_ids = approver_ids || ? WHERE request_id = ?""",
                event.approved() ? "APPROVED" : "IN_REVIEW", event.approverDivision() + ";",
                (approver == null ? "" : approver) + ";", event.requestId());
    }

    @EventHandler
    void on(SupplyRequestRejected event) {
        sql.update("UPDATE supplies.supply_request SET status = 'REJECTED' WHERE request_id = ?", event.requestId());
    }

    @EventHandler
    void on(TransferReceived event) {
        if (event.supplyRequestId() == null) {
            return;
        }
        for (ArrivedLot lot : event.lots()) {
            sql.update("""
                    UPDATE supplies.supply_request_line SET fulfilled = fulfilled + ?
                    WHERE request_id = ? AND item_code = ?""",
                    lot.received(), event.supplyRequestId(), lot.source().itemCode());
        }
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.supply_request, supplies.supply_request_line");
    }
}
