package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 离开安置点 — a person left a shelter; {@code occupancy} counts the people there after it. */
@Revision("1")
public record PersonCheckedOut(UUID shelterId, UUID personId, int occupancy) {
}
