package org.relieftrace.registry.shelter;

/** Finds a page of shelters in {@code divisionCode} and below it, or every shelter when it is null. */
public record FindShelters(String divisionCode, int page, int size) {
}
