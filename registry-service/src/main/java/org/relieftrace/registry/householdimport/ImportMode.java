package org.relieftrace.registry.householdimport;

/** What an import does when some rows are invalid. */
public enum ImportMode {
    /** Any invalid row: nothing is imported, every invalid row is reported. */
    ALL_OR_NOTHING,
    /** The valid rows are imported, the invalid ones reported. */
    VALID_ROWS_ONLY
}
