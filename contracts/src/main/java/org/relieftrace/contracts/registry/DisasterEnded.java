package org.relieftrace.contracts.registry;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 应急响应终止 — a disaster's emergency response ended at {@code endedAt}. */
@Revision("1")
public record DisasterEnded(UUID disasterId, Instant endedAt) {
}
