package org.relieftrace.registry.division;

/** Finds a division and every division below it, ordered by code. */
public record FindDivisionSubtree(String code) {
}
