package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 关闭 — close the shelter once everybody has left. */
public record CloseShelter(UUID shelterId) {

    /** The shelter's event stream; see {@link Shelter#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Shelter.streamOf(shelterId);
    }
}
