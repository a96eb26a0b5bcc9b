package org.relieftrace.registry.household;

/** Finds a page of households in {@code divisionCode} and below it, or every household when it is null. */
public record FindHouseholds(String divisionCode, int page, int size) {
}
