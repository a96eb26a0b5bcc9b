package org.relieftrace.registry.disaster;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 应急响应级别调整 — raise or lower the response level of an ongoing disaster. */
public record ChangeResponseLevel(UUID disasterId, ResponseLevel responseLevel) {

    /** The disaster's event stream; see {@link Disaster#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Disaster.streamOf(disasterId);
    }
}
