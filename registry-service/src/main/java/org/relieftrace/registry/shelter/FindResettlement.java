package org.relieftrace.registry.shelter;

import java.util.UUID;

/** Finds the shelter a person is checked in at now, if any. */
public record FindResettlement(UUID personId) {
}
