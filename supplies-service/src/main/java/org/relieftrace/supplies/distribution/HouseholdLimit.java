package org.relieftrace.supplies.distribution;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.supplies.distribution.HouseholdLimitMessages.HouseholdLimitSet;
import org.relieftrace.supplies.distribution.HouseholdLimitMessages.SetHouseholdLimit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 户均限额 — how much of one item one household may receive for one disaster, across all depots, as a county officer
 * set it (with a reason, in the event's metadata); every change is an event. Without one, the configured default
 * applies ({@link HouseholdLimits}).
 */
@AggregateRoot
@Revision("1")
public class HouseholdLimit {

    @AggregateIdentifier
    private String limitId;
    private Long quantity;

    protected HouseholdLimit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetHouseholdLimit command) {
        apply(new HouseholdLimitSet(command.limitId(), command.disasterId(), command.itemCode(), command.quantity(),
                quantity));
    }

    @EventSourcingHandler
    void on(HouseholdLimitSet event) {
        limitId = event.limitId();
        quantity = event.quantity();
    }
}
