package org.relieftrace.registry.household;

import java.util.UUID;

/** Finds a registered person by their id: the household they belong to now (null after they left the register). */
public record FindPerson(UUID personId) {
}
