package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 离开安置点 — a person leaves the shelter. */
public record CheckOut(UUID shelterId, UUID personId) {

    /** The shelter's event stream; see {@link Shelter#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Shelter.streamOf(shelterId);
    }
}
