package org.relieftrace.registry.depot;

import java.util.UUID;

/** Finds one depot by its id. */
public record FindDepot(UUID depotId) {
}
