package org.relieftrace.registry.depot;

/** Finds one depot by its code. */
public record FindDepotByCode(String code) {
}
