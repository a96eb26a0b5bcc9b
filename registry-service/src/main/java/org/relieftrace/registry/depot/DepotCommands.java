package org.relieftrace.registry.depot;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Depot}. */
public final class DepotCommands {

    private DepotCommands() {
    }

    /**
     * 仓库登记 — register a depot in a division. {@code tier} is the division's level, looked up by the sender;
     * {@code capacity} is the storage capacity in cubic metres (absent when unknown); {@code keepers} are the
     * usernames of its depot keepers.
     */
    public record RegisterDepot(UUID depotId, String code, String name, String divisionCode, String tier,
                                DepotKind kind, Double latitude, Double longitude, String address, Long capacity,
                                List<String> keepers) {

        /** The depot's event stream; see {@link Depot#streamOf(UUID)}. */
        @TargetAggregateIdentifier
        public String stream() {
            return Depot.streamOf(depotId);
        }
    }
}
