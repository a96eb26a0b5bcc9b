package org.relieftrace.registry.depot;

/**
 * Finds a page of depots ordered by code: those in {@code divisionCode} and below it, or every depot when it is
 * null.
 */
public record FindDepots(String divisionCode, int page, int size) {
}
