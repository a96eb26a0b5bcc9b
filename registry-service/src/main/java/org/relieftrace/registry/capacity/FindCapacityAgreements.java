package org.relieftrace.registry.capacity;

/**
 * Finds the production-capacity agreements of a division and below ({@code null}: all), optionally for one item,
 * in force on a day ({@code null}: any).
 */
public record FindCapacityAgreements(String division, String itemCode, java.time.LocalDate inForceOn, int page,
                                     int size) {
}
