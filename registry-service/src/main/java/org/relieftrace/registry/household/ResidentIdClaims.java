package org.relieftrace.registry.household;

import java.util.Optional;
import java.util.UUID;

/**
 * 身份证号唯一 — which household holds each resident ID number: a person belongs to one household at a time. A
 * {@link Household} takes, passes and releases claims in its command handlers, so that a claim commits or rolls back
 * with the household's event in the command's one transaction: of two registrations of the same number racing, the
 * second waits for the first and then finds the number taken. Claims are kept by the number's digest
 * ({@link ResidentIds#digestOf(String)}), never by the number itself.
 */
public interface ResidentIdClaims {

    /**
     * Claims the number for the household, for the person who holds it; empty when the claim is now the household's
     * (taken, or held already), else the household that holds it.
     */
    Optional<UUID> claim(String idNumber, UUID householdId, UUID personId);

    /** The person moves: the claim passes from one household to the other at once, never free in between. */
    void pass(String idNumber, UUID fromHouseholdId, UUID toHouseholdId, UUID personId);

    /** The person left the household (and the register): the number is free again. */
    void release(String idNumber, UUID householdId);
}
