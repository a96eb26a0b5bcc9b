package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 死亡登记 — a person of the household died on {@code dateOfDeath}. */
public record RecordDeath(UUID householdId, UUID personId, LocalDate dateOfDeath) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
