package org.relieftrace.registry.household;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 户登记 — register a household in a village or township with its head; the head's person id, gender and birth date
 * follow from the resident ID number.
 */
public record RegisterHousehold(UUID householdId, String divisionCode, String address, String headName,
                                String headIdNumber, String headPhone) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
