package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 灾害登记 — declare a disaster affecting the named divisions; with {@code endedAt} it is recorded as already over. */
public record DeclareDisaster(UUID disasterId, DisasterType type, String name, Instant startedAt, Instant endedAt,
                              ResponseLevel responseLevel, List<String> affectedDivisionCodes) {

    /** The disaster's event stream; see {@link Disaster#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Disaster.streamOf(disasterId);
    }
}
