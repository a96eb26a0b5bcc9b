package org.relieftrace.supplies.transfer;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

import org.jboss.logging.Logger;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.time.BeijingTime;
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
import org.relieftrace.supplies.transfer.TransferCommands.RecordStepFailure;
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
 * <p>
 * A step that fails unexpectedly is counted ({@link StepAttempts}, committed on its own) and the event handler fails,
 * so the saga's transaction rolls back and the processor delivers the event again later: that redelivery is the
 * retry, and it survives a restart. After {@value #ATTEMPTS} failed attempts, or at once when the step breaks a rule,
 * the failure is recorded on the transfer and the saga ends.
 */
public class TransferSaga {

    private static final Logger LOG = Logger.getLogger(TransferSaga.class);
    private static final String TRANSFER = "transferId";

    /** Attempts of a step that fails unexpectedly before the transfer is failed. */
    static final int ATTEMPTS = 3;

    @Inject
    private transient CommandGateway commandGateway;

    @Inject
    private transient SagaSteps steps;

    @Inject
    private transient StepAttempts attempts;

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
        if (!send(new ReserveStock(fromDepotId, event.transferId(), event.lines(), BeijingTime.dateOf(at)),
                event.transferId(), "reserve")) {
            SagaLifecycle.end();
        }
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
        if (!send(new RecordReservation(event.reservationId(), event.lots()), event.reservationId(), "reserved")) {
            send(new ReleaseReservation(fromDepotId, event.reservationId(), "failed"), event.reservationId(),
                    "release");
            SagaLifecycle.end();
        }
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
        if (!send(new IssueReservation(event.fromDepotId(), event.transferId()), event.transferId(), "issue")) {
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferReceived event) {
        if (!send(new ReceiveTransferredStock(event.toDepotId(), event.transferId(), event.fromDepotId(),
                event.receivedOn(), event.lots()), event.transferId(), "arrive")) {
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TRANSFER)
    void on(TransferredStockReceived event) {
        send(new CloseTransfer(event.transferId()), event.transferId(), "close");
    }

    /**
     * Sends a step in a transaction of its own; the idempotency key of the step replaces the one the user's request
     * carried, so each step is claimed once. A step that breaks a rule, or fails unexpectedly for the
     * {@value #ATTEMPTS}th time, is recorded on the transfer as failed (with the reason) instead of blocking the
     * saga's processor; the answer is false then. An earlier unexpected failure is counted and thrown again as
     * {@link StepRetried}, so that the event is delivered again.
     */
    private boolean send(Object command, UUID transferId, String step) {
        RuntimeException failure;
        try {
            steps.run(() -> commandGateway.sendAndWait(command, MetaData.with(EventMetadata.IDEMPOTENCY_KEY,
                    "transfer:" + transferId + ":" + step)));
            return true;
        } catch (DomainRuleViolation | AggregateNotFoundException e) {
            failure = e;
        } catch (RuntimeException e) {
            int attempt = attempts.failed(transferId, step, String.valueOf(e.getMessage()));
            if (attempt < ATTEMPTS) {
                LOG.warnf(e, "transfer %s: step %s failed (attempt %d of %d); it runs again when the event is"
                        + " delivered again", transferId, step, attempt, ATTEMPTS);
                throw new StepRetried(transferId, step, attempt, e);
            }
            failure = e;
        }
        String code = failure instanceof DomainRuleViolation rule ? rule.code()
                : failure instanceof AggregateNotFoundException ? "aggregate-not-found" : "step-failed";
        String detail = String.valueOf(failure.getMessage());
        LOG.errorf("transfer %s: step %s failed for good: %s", transferId, step, detail);
        commandGateway.sendAndWait(new RecordStepFailure(transferId, step, code,
                detail.length() > 500 ? detail.substring(0, 500) : detail), MetaData.with(
                EventMetadata.IDEMPOTENCY_KEY, "transfer:" + transferId + ":" + step + ":failed")
                .and(EventMetadata.REASON, "调拨流程失败: " + step));
        return false;
    }

    /** A step failed unexpectedly and runs again when its event is delivered again. */
    static final class StepRetried extends RuntimeException {

        StepRetried(UUID transferId, String step, int attempt, RuntimeException cause) {
            super("transfer " + transferId + ": step " + step + " failed (attempt " + attempt + " of " + ATTEMPTS
                    + ")", cause);
        }
    }
}
