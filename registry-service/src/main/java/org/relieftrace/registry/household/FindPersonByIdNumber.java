package org.relieftrace.registry.household;

/** Finds the household the holder of a resident ID number belongs to now, if any. */
public record FindPersonByIdNumber(String idNumber) {
}
