package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 关闭 — a shelter was closed, with nobody left in it. */
@Revision("1")
public record ShelterClosed(UUID shelterId) {
}
