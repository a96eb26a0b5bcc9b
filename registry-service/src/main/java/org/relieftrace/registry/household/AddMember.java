package org.relieftrace.registry.household;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 增加家庭成员 — a person joins the household; {@code movedFromHouseholdId} is the household they left when they move here,
 * else null.
 */
public record AddMember(UUID householdId, String name, String idNumber, String phone, String relation,
                        UUID movedFromHouseholdId) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
