package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 入住安置 — a registered person was resettled in a shelter; {@code occupancy} counts the people there after it. */
@Revision("1")
public record PersonCheckedIn(UUID shelterId, UUID personId, int occupancy) {
}
