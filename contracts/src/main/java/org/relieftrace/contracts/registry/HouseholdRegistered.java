package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 户登记 — a household was registered in a village or township with its head (户主). The head is a person of the
 * household like any member: {@code headPersonId} names them, {@code headIdNumber} is their 18-character resident ID
 * number (GB 11643), and gender (MALE, FEMALE) and birth date are those the ID number encodes.
 */
@Revision("1")
public record HouseholdRegistered(UUID householdId, String divisionCode, String address, UUID headPersonId,
                                  String headName, String headIdNumber, String headPhone, String headGender,
                                  LocalDate headBirthDate) {
}
