package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 应急避难场所登记 — register a shelter, closed until opened; {@code depotId} is the depot of its supplies on site, if any. */
public record RegisterShelter(UUID shelterId, String divisionCode, String name, Double latitude, Double longitude,
                              int capacity, UUID depotId) {

    /** The shelter's event stream; see {@link Shelter#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Shelter.streamOf(shelterId);
    }
}
