package org.relieftrace.supplies.distribution;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.distribution.AllowanceMessages.AllowanceClaimed;
import org.relieftrace.supplies.distribution.AllowanceMessages.AllowanceReleased;
import org.relieftrace.supplies.distribution.AllowanceMessages.ClaimAllowance;
import org.relieftrace.supplies.distribution.AllowanceMessages.ReleaseAllowance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 户均限额 — what one household has received for one disaster, per item, from every depot together: a distribution
 * ({@link HouseholdDistribution}) claims its quantity here in the same unit of work in which the depot issues it.
 * Concurrent claims for the same household meet on this aggregate's event stream, so the limit holds across depots.
 * A claim can be given back ({@code ReleaseAllowance}, {@code AllowanceReleased}), which frees its quantity.
 */
@AggregateRoot
@Revision("1")
public class HouseholdAllowance {

    @AggregateIdentifier
    private String allowanceId;
    private final Map<String, Long> claimed = new HashMap<>();
    /** The open claims by distribution: item and quantity. */
    private final Map<UUID, AllowanceClaimed> open = new HashMap<>();

    protected HouseholdAllowance() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClaimAllowance command) {
        if (open.containsKey(command.distributionId())) {
            return;
        }
        long already = claimed.getOrDefault(command.itemCode(), 0L);
        if (already + command.quantity() > command.limit()) {
            throw new DomainRuleViolation("household-limit-exceeded", "Household " + command.householdId()
                    + " may receive at most " + command.limit() + " of " + command.itemCode()
                    + " for this disaster and has had " + already, command.itemCode(), command.limit(), already);
        }
        apply(new AllowanceClaimed(command.allowanceId(), command.householdId(), command.disasterId(),
                command.distributionId(), command.itemCode(), command.quantity()));
    }

    @CommandHandler
    public void handle(ReleaseAllowance command) {
        AllowanceClaimed claim = open.get(command.distributionId());
        if (claim != null) {
            apply(new AllowanceReleased(allowanceId, command.distributionId(), claim.itemCode(), claim.quantity()));
        }
    }

    @EventSourcingHandler
    void on(AllowanceClaimed event) {
        allowanceId = event.allowanceId();
        claimed.merge(event.itemCode(), event.quantity(), Long::sum);
        open.put(event.distributionId(), event);
    }

    @EventSourcingHandler
    void on(AllowanceReleased event) {
        claimed.merge(event.itemCode(), -event.quantity(), Long::sum);
        open.remove(event.distributionId());
    }
}
