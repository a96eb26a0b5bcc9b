package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 启用 — open the shelter to take people in. */
public record OpenShelter(UUID shelterId) {

    /** The shelter's event stream; see {@link Shelter#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Shelter.streamOf(shelterId);
    }
}
