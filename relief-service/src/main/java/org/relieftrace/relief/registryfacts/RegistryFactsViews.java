package org.relieftrace.relief.registryfacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The registry's facts as the relief-service reads them, and what its household endpoint answers. */
public final class RegistryFactsViews {

    private RegistryFactsViews() {
    }

    /** A division as the relief-service knows it. */
    public record Division(String code, String name, String level, String parentCode) {
    }

    /** A household: where it lives and who heads it. */
    public record Household(UUID householdId, String divisionCode, String address, UUID headPersonId) {
    }

    /** A person on a household's record. */
    public record Person(UUID personId, UUID householdId, String name, String idNumber, LocalDate deceasedOn) {

        public boolean alive() {
            return deceasedOn == null;
        }
    }

    /**
     * The one-card account of a household; {@code changedAt} is null when no earlier account was replaced, and
     * {@code changedBy} is the user who made the last change (the registry event's {@code userId}), when known.
     */
    public record Account(UUID householdId, UUID holderPersonId, String bank, String accountNumber,
                          String holderName, Instant setAt, Instant changedAt, String changedBy) {

        /** An account whose changer is not known. */
        public Account(UUID householdId, UUID holderPersonId, String bank, String accountNumber, String holderName,
                       Instant setAt, Instant changedAt) {
            this(householdId, holderPersonId, bank, accountNumber, holderName, setAt, changedAt, null);
        }
    }

    /** A declared disaster, when it began and the divisions it affects. */
    public record Disaster(UUID disasterId, String type, String name, List<String> affectedDivisionCodes,
                           Instant startedAt, Instant endedAt) {
    }

    /** A household with its members and whose card receives its money (account number masked). */
    public record HouseholdFacts(UUID householdId, String divisionCode, UUID headPersonId, List<Member> members,
                                 UUID accountHolderPersonId, String accountHolderName, String maskedAccountNumber) {
    }

    /** A person of the household. */
    public record Member(UUID personId, String name, boolean alive) {
    }

    /** An account number with all but its last four digits hidden. */
    public static String masked(String accountNumber) {
        int keep = Math.min(4, accountNumber.length());
        return "*".repeat(accountNumber.length() - keep) + accountNumber.substring(accountNumber.length() - keep);
    }
}
