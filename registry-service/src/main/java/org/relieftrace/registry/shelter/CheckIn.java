package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 入住安置 — resettle a registered person in the shelter. */
public record CheckIn(UUID shelterId, UUID personId) {

    /** The shelter's event stream; see {@link Shelter#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Shelter.streamOf(shelterId);
    }
}
