package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 减少家庭成员 — a person left a household. {@code movedToHouseholdId} names the household they moved to (a
 * {@link MemberAdded} of that household follows), else null: they left the register of this county.
 */
@Revision("1")
public record MemberRemoved(UUID householdId, UUID personId, UUID movedToHouseholdId) {
}
