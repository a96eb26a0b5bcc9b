package org.relieftrace.registry.disaster;

/**
 * Finds a page of disasters that affect {@code divisionCode}: a division in it or below it, or one it lies in (a
 * disaster of the whole county affects each of its townships); every disaster when it is null.
 */
public record FindDisasters(String divisionCode, int page, int size) {
}
