package org.relieftrace.supplies.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

import org.relieftrace.platform.metadata.EventMetadata;
import org.relieftrace.supplies.stock.StockCommands.IssueReservation;
import org.relieftrace.supplies.stock.StockCommands.ReceiveTransferredStock;
import org.relieftrace.supplies.stock.StockCommands.ReleaseReservation;
import org.relieftrace.supplies.stock.StockCommands.ReserveStock;
import org.relieftrace.supplies.stock.StockEvents.StockReservationRefused;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.TransferredStockReceived;
import org.relieftrace.supplies.transfer.TransferCommands.CloseTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.FailTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.RecordReservation;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferCancelled;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReceived;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRejected;

/**
 * 调拨流程 — drives an approved transfer through the depots' stock books: reserve at the source (first expiry first
 * out, or the named lots), issue on dispatch, receive at the destination, close. Compensation: a rejected or
 * cancelled transfer gives its reservation back (also when the reservation lands after the cancellation), and a
 * refused reservation fails the transfer. Every command it sends is safe to repeat.
 */
public class TransferSaga {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String TRANSFER = "transferId";

    @Inject
    private transient CommandGateway commandGateway;

    /** The source depot. Public for the saga store's JSON. */
    public UUID fromDepotId;
    /** Whether stock is set aside at the source. */
    public boolean reserved;
    /** Whether the transfer was rejected or cancelled. */
    public boolean withdrawn;

    @StartSaga
    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferApproved event, @Timestamp Instant at) {
        fromDepotId = event.fromDepotId();
        send(new ReserveStock(fromDepotId, event.transferId(), event.lines(), LocalDate.ofInstant(at, CHINA)),
                event.transferId(), "reserve");
    }

    @SagaEventHandler(associationProperty = "reservationId", keyName = TRANSFER)
    void on(StockReserved event) {
        if (withdrawn) {
            send(new ReleaseReservation(fromDepotId, event.reservationId(), "withdrawn"), event.reservationId(),
                    "release");
            SagaLifecycle.end();
            return;
        }
        reserved = true;
        send(new RecordReservation(event.reservationId(), event.lots()), event.reservationId(), "reserved");
    }

    @SagaEventHandler(associationProperty = "reservationId", keyName = TRANSFER)
    void on(StockReservationRefused event) {
        if (!withdrawn) {
            send(new FailTransfer(event.reservationId(), event.code(), event.itemCode()), event.reservationId(),
                    "fail");
        }
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferRejected event) {
        withdraw(event.transferId(), "rejected");
    }

    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferCancelled event) {
        withdraw(event.transferId(), "cancelled");
    }

    private void withdraw(UUID transferId, String why) {
        withdrawn = true;
        if (reserved) {
            send(new ReleaseReservation(fromDepotId, transferId, why), transferId, "release");
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferDispatched event) {
        send(new IssueReservation(event.fromDepotId(), event.transferId()), event.transferId(), "issue");
    }

    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferReceived event) {
        send(new ReceiveTransferredStock(event.toDepotId(), event.transferId(), event.fromDepotId(),
                event.receivedOn(), event.lots()), event.transferId(), "arrive");
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferredStockReceived event) {
        send(new CloseTransfer(event.transferId()), event.transferId(), "close");
    }

    /**
     * Sends a step in the saga's own transaction; the idempotency key of the step replaces the one the user's request
     * carried, so each step is claimed once.
     */
    private void send(Object command, UUID transferId, String step) {
        commandGateway.sendAndWait(command, MetaData.with(EventMetadata.IDEMPOTENCY_KEY,
                "transfer:" + transferId + ":" + step));
    }
}
