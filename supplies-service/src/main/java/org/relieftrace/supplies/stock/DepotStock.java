package org.relieftrace.supplies.stock;

import java.util.HashMap;
import java.util.HashSet;
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

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 库存账 — the stock book of one depot: every lot that entered it. It guards the rules of receiving; later commands
 * (reservation, issue, stocktake) guard theirs here too, so that no quantity is counted twice under concurrency.
 * The revision names the shape of its snapshots: bump it when the fields change, and older snapshots are ignored.
 */
@AggregateRoot
@Revision("2")
public class DepotStock {

    @AggregateIdentifier
    private UUID depotId;
    /** Quantity on hand per lot in this depot. */
    private final Map<UUID, Long> onHand = new HashMap<>();

    protected DepotStock() {
        // for Axon
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
            if (onHand.containsKey(line.lotId()) || !seen.add(line.lotId())) {
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

    @EventSourcingHandler
    void on(StockReceived event) {
        depotId = event.depotId();
        onHand.merge(event.lotId(), event.quantity(), Long::sum);
    }
}
