package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 死亡登记 — a person of a household died on {@code dateOfDeath}; they stay on the household's record as deceased. */
@Revision("1")
public record PersonDeceased(UUID householdId, UUID personId, LocalDate dateOfDeath) {
}
