package org.relieftrace.supplies.stock;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.DistributeStock;
import org.relieftrace.supplies.stock.StockCommands.IssueReservation;
import org.relieftrace.supplies.stock.StockCommands.ReceiveTransferredStock;
import org.relieftrace.supplies.stock.StockCommands.ReleaseReservation;
import org.relieftrace.supplies.stock.StockCommands.ReserveStock;
import org.relieftrace.supplies.stock.StockCommands.SetReserveNorm;
import org.relieftrace.supplies.stock.StockEvents.ReservationIssued;
import org.relieftrace.supplies.stock.StockEvents.ReservationReleased;
import org.relieftrace.supplies.stock.StockEvents.ReserveNormSet;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;
import org.relieftrace.supplies.stock.StockEvents.StockReservationRefused;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.TransferredStockReceived;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 库存账 — the stock book of one depot: every lot, what is reserved from it, and what left it. Every movement of a
 * depot's goods is decided here, one command at a time, so that stock never goes negative under concurrency; write-offs
 * and stocktakes are in {@link DepotStockCorrections}. The revision names the shape of its snapshots: bump it when the
 * fields change, and older snapshots are ignored.
 */
@AggregateRoot
@Revision("3")
public class DepotStock extends DepotStockCorrections {

    @AggregateIdentifier
    private UUID depotId;
    /** Transfers whose goods arrived here (each only once). */
    private final Set<UUID> arrivals = new HashSet<>();
    /** Quantity handed to each household per disaster and item ("household|disaster|item"). */
    private final Map<String, Long> handedOut = new HashMap<>();

    protected DepotStock() {
        // for Axon
    }

    @Override
    protected void identify(UUID depot) {
        depotId = depot;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(ReceiveStock command) {
        if (command.lines().isEmpty()) {
            throw new DomainRuleViolation("receipt-without-lines", "A receipt needs at least one line");
        }
        Set<UUID> seen = new HashSet<>();
        for (ReceiptLine line : command.lines()) {
            checkLine(line);
            if (book.has(line.lotId()) || !seen.add(line.lotId())) {
                throw new DomainRuleViolation("lot-already-recorded", "Lot " + line.lotId() + " is already recorded",
                        line.lotId());
            }
        }
        for (ReceiptLine line : command.lines()) {
            apply(new StockReceived(command.depotId(), command.receiptId(), line.lotId(), line.itemCode(),
                    line.lotNumber(), line.quantity(), line.unit(), line.specification(), line.origin(),
                    line.producedOn(), line.expiresOn(), command.receivedOn(), command.source(), command.reference(),
                    command.supplier()));
        }
        return command.receiptId();
    }

    private static void checkLine(ReceiptLine line) {
        if (line.quantity() <= 0) {
            throw new DomainRuleViolation("quantity-not-positive", "Quantity of lot " + line.lotNumber()
                    + " must be greater than zero", line.lotNumber());
        }
        if (line.producedOn() != null && line.expiresOn() != null && line.expiresOn().isBefore(line.producedOn())) {
            throw new DomainRuleViolation("expiry-before-production", "Lot " + line.lotNumber()
                    + " expires before it was produced", line.lotNumber());
        }
    }

    /** Sets stock aside; a shortfall is recorded as a refusal (the transfer saga then fails the transfer). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReserveStock command) {
        if (book.reservations.containsKey(command.reservationId())) {
            return;
        }
        try {
            apply(new StockReserved(command.depotId(), command.reservationId(),
                    book.take(command.wants(), command.today())));
        } catch (DomainRuleViolation refused) {
            String item = refused.arguments().isEmpty() ? null : String.valueOf(refused.arguments().get(0));
            apply(new StockReservationRefused(command.depotId(), command.reservationId(), refused.code(), item));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReleaseReservation command) {
        if (book.reservations.containsKey(command.reservationId())) {
            apply(new ReservationReleased(command.depotId(), command.reservationId(),
                    book.reservation(command.reservationId()), command.why()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueReservation command) {
        if (book.reservations.containsKey(command.reservationId())) {
            apply(new ReservationIssued(command.depotId(), command.reservationId(),
                    book.reservation(command.reservationId())));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveTransferredStock command) {
        if (!arrivals.contains(command.transferId())) {
            apply(new TransferredStockReceived(command.depotId(), command.transferId(), command.fromDepotId(),
                    command.receivedOn(), command.lots()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockCommands.Handed handle(DistributeStock command) {
        String key = command.householdId() + "|" + command.disasterId() + "|" + command.want().itemCode();
        long already = handedOut.getOrDefault(key, 0L);
        if (command.limit() != null && already + command.want().quantity() > command.limit()) {
            throw new DomainRuleViolation("household-limit-exceeded", "Household " + command.householdId()
                    + " may receive at most " + command.limit() + " of " + command.want().itemCode()
                    + " for this disaster and has had " + already, command.want().itemCode(), command.limit(),
                    already);
        }
        List<LotQuantity> taken = book.take(List.of(command.want()), command.today());
        apply(new StockDistributed(command.depotId(), command.distributionId(), command.householdId(),
                command.disasterId(), command.recipientName(), command.recipientIdNumber(), taken));
        return new StockCommands.Handed(taken);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetReserveNorm command) {
        apply(new ReserveNormSet(command.depotId(), command.itemCode(), command.quantity()));
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        depotId = event.depotId();
        book.add(event.lotId(), event.itemCode(), event.lotNumber(), event.unit(), event.producedOn(),
                event.expiresOn(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        depotId = event.depotId();
        book.reserve(event.reservationId(), event.lots());
    }

    @EventSourcingHandler
    void on(StockReservationRefused event) {
        depotId = event.depotId();
    }

    @EventSourcingHandler
    void on(ReservationReleased event) {
        book.release(event.reservationId());
    }

    @EventSourcingHandler
    void on(ReservationIssued event) {
        book.issue(event.reservationId());
    }

    @EventSourcingHandler
    void on(TransferredStockReceived event) {
        depotId = event.depotId();
        arrivals.add(event.transferId());
        for (StockCommands.ArrivedLot lot : event.lots()) {
            LotQuantity source = lot.source();
            book.add(lot.lotId(), source.itemCode(), source.lotNumber(), source.unit(), source.producedOn(),
                    source.expiresOn(), lot.received());
        }
    }

    @EventSourcingHandler
    void on(StockDistributed event) {
        for (LotQuantity part : event.lots()) {
            book.remove(part.lotId(), part.quantity());
            handedOut.merge(event.householdId() + "|" + event.disasterId() + "|" + part.itemCode(),
                    part.quantity(), Long::sum);
        }
    }

    @EventSourcingHandler
    void on(ReserveNormSet event) {
        depotId = event.depotId();
    }
}
