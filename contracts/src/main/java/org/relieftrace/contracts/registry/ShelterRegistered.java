package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 应急避难场所 — a shelter was registered in a division, closed until opened: where it is, how many people it holds,
 * and the depot that keeps its supplies on site ({@code depotId}, null when none).
 */
@Revision("1")
public record ShelterRegistered(UUID shelterId, String divisionCode, String name, Double latitude, Double longitude,
                                int capacity, UUID depotId) {
}
