package org.relieftrace.registry.household;

import java.util.UUID;

/** Finds every change of one household, from its event stream. */
public record FindHouseholdHistory(UUID householdId) {
}
