package org.relieftrace.supplies.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.ArrivedLot;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.ApproveTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.Arrival;
import org.relieftrace.supplies.transfer.TransferCommands.CancelTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.CloseTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.DispatchTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.FailTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.ReceiveTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.RecordReservation;
import org.relieftrace.supplies.transfer.TransferCommands.RecordStepFailure;
import org.relieftrace.supplies.transfer.TransferCommands.RejectTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.RequestTransfer;
import org.relieftrace.supplies.transfer.TransferEvents.StatusChanged;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferCancelled;
import org.relieftrace.supplies.transfer.TransferEvents.TransferClosed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferFailed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReceived;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRejected;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferEvents.TransferStepFailed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReserved;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 调拨单 — a transfer of goods from one depot to a depot of a lower tier (or, approved by the common parent, of the
 * same tier): requested → approved → reserved at the source → dispatched → received → closed; rejected, cancelled
 * or failed on the way. The stock itself moves in the depots' stock books, driven by {@link TransferSaga}. Whoever
 * requested a transfer does not approve it (maker–checker); a rejection or cancellation says why.
 */
@AggregateRoot
@Revision("2")
public class Transfer {

    private static final String USER = "userId";
    private static final String NAME = "username";

    @AggregateIdentifier
    private UUID transferId;
    private UUID supplyRequestId;
    private UUID fromDepotId;
    private UUID toDepotId;
    private TransferStatus status;
    /** The user id of who requested the transfer (null in events stored without one). */
    private String requestedBy;
    private List<Want> lines;
    private final Map<UUID, LotQuantity> lots = new HashMap<>();

    protected Transfer() {
        // for Axon
    }

    @CommandHandler
    public Transfer(RequestTransfer command) {
        TransferRules.requireUnexpired(command.namedLots(), command.requestedOn());
        boolean lateral = TransferRules.lateral(command.from(), command.to());
        if (command.from().depotId().equals(command.to().depotId())) {
            throw new DomainRuleViolation("transfer-to-itself", "A transfer needs two different depots");
        }
        apply(new TransferRequested(command.transferId(), command.supplyRequestId(), command.from().depotId(),
                command.from().division(), command.to().depotId(), command.to().division(), lateral,
                command.lines()));
    }

    @CommandHandler
    public void handle(ApproveTransfer command, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        require(TransferRules.mayApprove(status), "approve");
        SeparationOfDuties.require(user, name, "transfer " + transferId, "approve", requestedBy);
        apply(new TransferApproved(transferId, fromDepotId, lines));
    }

    @CommandHandler
    public void handle(RejectTransfer command) {
        require(TransferRules.mayWithdraw(status), "reject");
        apply(new TransferRejected(transferId, fromDepotId));
    }

    @CommandHandler
    public void handle(CancelTransfer command) {
        require(TransferRules.mayWithdraw(status), "cancel");
        apply(new TransferCancelled(transferId, fromDepotId));
    }

    @CommandHandler
    public void handle(RecordReservation command) {
        if (status == TransferStatus.APPROVED) {
            apply(new TransferReserved(transferId, command.lots()));
        }
    }

    @CommandHandler
    public void handle(FailTransfer command) {
        if (status == TransferStatus.APPROVED) {
            apply(new TransferFailed(transferId, command.code(), command.itemCode()));
        }
    }

    @CommandHandler
    public void handle(RecordStepFailure command) {
        apply(new TransferStepFailed(transferId, command.step(), command.code(), command.detail()));
        if (status == TransferStatus.APPROVED || status == TransferStatus.RESERVED
                || status == TransferStatus.DISPATCHED || status == TransferStatus.RECEIVED) {
            apply(new TransferFailed(transferId, command.code(), null));
        }
    }

    @CommandHandler
    public void handle(DispatchTransfer command) {
        require(TransferRules.mayDispatch(status), "dispatch");
        apply(new TransferDispatched(transferId, fromDepotId, toDepotId, command.vehicle(), command.driver(),
                command.waybillNumber(), command.dispatchedOn(), List.copyOf(lots.values())));
    }

    @CommandHandler
    public void handle(ReceiveTransfer command) {
        require(TransferRules.mayReceive(status), "receive");
        Map<UUID, Arrival> byLot = new HashMap<>();
        for (Arrival arrival : command.arrivals()) {
            if (!lots.containsKey(arrival.sourceLotId()) || byLot.put(arrival.sourceLotId(), arrival) != null) {
                throw new DomainRuleViolation("arrival-unknown-lot", "Lot " + arrival.sourceLotId()
                        + " was not dispatched in this transfer, or is named twice", arrival.sourceLotId());
            }
        }
        List<ArrivedLot> arrived = new ArrayList<>();
        for (LotQuantity sent : lots.values()) {
            Arrival arrival = byLot.get(sent.lotId());
            if (arrival == null) {
                throw new DomainRuleViolation("arrival-missing-lot", "Say what arrived of lot " + sent.lotNumber()
                        + " (0 if nothing)", sent.lotNumber());
            }
            long shortage = sent.quantity() - arrival.received() - arrival.damaged();
            if (shortage < 0) {
                throw new DomainRuleViolation("arrival-exceeds-dispatch", "More of lot " + sent.lotNumber()
                        + " arrived than was dispatched", sent.lotNumber(), sent.quantity());
            }
            if ((shortage > 0 || arrival.damaged() > 0) && (arrival.reason() == null || arrival.reason().isBlank())) {
                throw new DomainRuleViolation("arrival-reason-missing", "Give the reason for the shortage or damage"
                        + " of lot " + sent.lotNumber(), sent.lotNumber());
            }
            UUID newLot = UUID.nameUUIDFromBytes((transferId + "|" + sent.lotId()).getBytes(StandardCharsets.UTF_8));
            arrived.add(new ArrivedLot(newLot, sent, arrival.received(), arrival.damaged(), shortage,
                    arrival.reason()));
        }
        apply(new TransferReceived(transferId, supplyRequestId, fromDepotId, toDepotId, command.receivedOn(),
                arrived));
    }

    @CommandHandler
    public void handle(CloseTransfer command) {
        if (status == TransferStatus.RECEIVED) {
            apply(new TransferClosed(transferId));
        }
    }

    private void require(boolean allowed, String action) {
        TransferRules.require(allowed, status, action);
    }

    @EventSourcingHandler
    void on(TransferRequested event, @MetaDataValue(USER) String user) {
        transferId = event.transferId();
        requestedBy = user;
        supplyRequestId = event.supplyRequestId();
        fromDepotId = event.fromDepotId();
        toDepotId = event.toDepotId();
        lines = event.lines();
        status = TransferStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(TransferReserved event) {
        status = TransferStatus.RESERVED;
        event.lots().forEach(lot -> lots.put(lot.lotId(), lot));
    }

    @EventSourcingHandler
    void on(StatusChanged event) {
        status = switch (event) {
            case TransferApproved approved -> TransferStatus.APPROVED;
            case TransferRejected rejected -> TransferStatus.REJECTED;
            case TransferCancelled cancelled -> TransferStatus.CANCELLED;
            case TransferFailed failed -> TransferStatus.FAILED;
            case TransferDispatched dispatched -> TransferStatus.DISPATCHED;
            case TransferReceived received -> TransferStatus.RECEIVED;
            case TransferClosed closed -> TransferStatus.CLOSED;
        };
    }
}
