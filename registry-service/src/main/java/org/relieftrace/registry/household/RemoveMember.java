package org.relieftrace.registry.household;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 减少家庭成员 — a person leaves the household; {@code movedToHouseholdId} names the household they move to, else null.
 * Answers the person as they were on record.
 */
public record RemoveMember(UUID householdId, UUID personId, UUID movedToHouseholdId) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
