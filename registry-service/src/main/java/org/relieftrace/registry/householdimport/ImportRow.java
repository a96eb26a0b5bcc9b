package org.relieftrace.registry.householdimport;

/**
 * One data row of an import file: one household with its head. {@code row} is the 1-based row number as a
 * spreadsheet shows it, the header being row 1. Blank cells are {@code null}.
 */
public record ImportRow(int row, String divisionCode, String address, String headName, String headIdNumber,
                        String headPhone, String reason) {
}
