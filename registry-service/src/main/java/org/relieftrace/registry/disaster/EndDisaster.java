package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 应急响应终止 — the disaster's emergency response ends at {@code endedAt}. */
public record EndDisaster(UUID disasterId, Instant endedAt) {

    /** The disaster's event stream; see {@link Disaster#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Disaster.streamOf(disasterId);
    }
}
