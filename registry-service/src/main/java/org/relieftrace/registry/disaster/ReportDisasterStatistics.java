package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 灾情统计 — the disaster's figures as they stand at {@code asOf}; direct loss in fen. */
public record ReportDisasterStatistics(UUID disasterId, Instant asOf, long affectedPeople, long evacuated, long deaths,
                                       long missing, long collapsedHouses, long damagedHouses, long directLossFen) {

    /** The disaster's event stream; see {@link Disaster#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Disaster.streamOf(disasterId);
    }
}
