package org.relieftrace.registry.householdimport;

/**
 * One entry of an import report: the row (1-based, header = 1), the column at fault ({@code null} when the row as a
 * whole was refused while importing it) and what is wrong, in English.
 */
public record RowProblem(int row, String field, String message) {
}
