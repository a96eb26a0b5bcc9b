package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 启用 — a shelter was opened and takes people in. */
@Revision("1")
public record ShelterOpened(UUID shelterId) {
}
