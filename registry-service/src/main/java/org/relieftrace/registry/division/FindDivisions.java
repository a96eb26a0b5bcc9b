package org.relieftrace.registry.division;

/** Finds a page of divisions ordered by code, optionally only the children of {@code parentCode} or one level. */
public record FindDivisions(String parentCode, DivisionLevel level, int page, int size) {
}
