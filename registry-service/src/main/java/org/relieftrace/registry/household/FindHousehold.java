package org.relieftrace.registry.household;

import java.util.UUID;

/** Finds one household with its members and payout account. */
public record FindHousehold(UUID householdId) {
}
