package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 死亡登记 — a person of a household died on {@code dateOfDeath}; they stay on the household's record as deceased.
 * {@code documentReference} names the document the death is recorded from (死亡证明, 火化证明 …) and {@code cause} says
 * how the person died; both are absent on deaths recorded before they were asked for.
 */
@Revision("1")
public record PersonDeceased(UUID householdId, UUID personId, LocalDate dateOfDeath, String documentReference,
                             String cause) {

    /** A death recorded without a document or cause (as recorded before they were asked for). */
    public PersonDeceased(UUID householdId, UUID personId, LocalDate dateOfDeath) {
        this(householdId, personId, dateOfDeath, null, null);
    }
}
