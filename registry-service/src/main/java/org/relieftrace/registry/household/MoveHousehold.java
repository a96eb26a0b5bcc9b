package org.relieftrace.registry.household;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 户迁移 — the household now lives in {@code divisionCode} (a registered village or township) at {@code address}. */
public record MoveHousehold(UUID householdId, String divisionCode, String address) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
