package org.relieftrace.registry.division;

/** Finds one division by its code. */
public record FindDivision(String code) {
}
