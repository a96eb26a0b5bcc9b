package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 增加家庭成员 — a person joined a household. {@code relation} is their relation to the head in the user's words
 * (配偶, 子女…); {@code movedFromHouseholdId} names the household they left when they moved here, else null. Gender
 * (MALE, FEMALE) and birth date are those the resident ID number encodes.
 */
@Revision("1")
public record MemberAdded(UUID householdId, UUID personId, String name, String idNumber, String phone, String gender,
                          LocalDate birthDate, String relation, UUID movedFromHouseholdId) {
}
