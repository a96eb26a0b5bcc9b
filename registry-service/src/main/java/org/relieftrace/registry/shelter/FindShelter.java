package org.relieftrace.registry.shelter;

import java.util.UUID;

/** Finds one shelter with the people in it. */
public record FindShelter(UUID shelterId) {
}
