package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Disaster}; each goes to the stream {@link Disaster#streamOf(UUID)}. */
public final class DisasterCommands {

    private DisasterCommands() {
    }

    /** A command to one disaster: it goes to the stream {@link Disaster#streamOf(UUID)}. */
    public interface ToDisaster {

        UUID disasterId();

        @TargetAggregateIdentifier
        default String stream() {
            return Disaster.streamOf(disasterId());
        }
    }

    /**
     * 灾害登记 — declare a disaster affecting the named divisions; with {@code endedAt} it is recorded as already
     * over.
     */
    public record DeclareDisaster(UUID disasterId, DisasterType type, String name, Instant startedAt,
                                  Instant endedAt, ResponseLevel responseLevel, List<String> affectedDivisionCodes)
            implements ToDisaster {
    }

    /** 应急响应级别调整 — raise or lower the response level of an ongoing disaster. */
    public record ChangeResponseLevel(UUID disasterId, ResponseLevel responseLevel) implements ToDisaster {
    }

    /** 应急响应终止 — end the response to a disaster at {@code endedAt}. */
    public record EndDisaster(UUID disasterId, Instant endedAt) implements ToDisaster {
    }

    /** 灾情统计 — report a disaster's figures as they stand at {@code asOf}; money in fen. */
    public record ReportDisasterStatistics(UUID disasterId, Instant asOf, long affectedPeople, long evacuated,
                                           long deaths, long missing, long collapsedHouses, long damagedHouses,
                                           long directLossFen) implements ToDisaster {
    }
}
