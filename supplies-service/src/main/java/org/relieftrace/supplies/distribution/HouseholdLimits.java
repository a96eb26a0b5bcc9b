package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.Config;

import org.relieftrace.supplies.distribution.HouseholdLimitMessages.HouseholdLimitSet;

/**
 * 户均限额 — how much of an item one household may receive for one disaster, across all depots: the limit a county
 * officer set for that disaster and item ({@link HouseholdLimit}, read from its own events, so a distribution sent
 * right after the limit was set already counts against it), else the configured default
 * ({@code supplies.household-limit.<item code>}); an item with neither has no limit.
 */
@ApplicationScoped
public class HouseholdLimits {

    @Inject
    Config config;

    @Inject
    EventStore eventStore;

    /** The limit of the item for the disaster, or null when it has none. */
    public Long of(UUID disasterId, String itemCode) {
        DomainEventStream events = eventStore.readEvents(HouseholdLimitMessages.limitId(disasterId, itemCode), 0);
        Long set = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof HouseholdLimitSet limit) {
                set = limit.quantity();
            }
        }
        return set != null ? set : configured(itemCode);
    }

    /** The configured default of the item, or null when it has none. */
    public Long configured(String itemCode) {
        return config.getOptionalValue("supplies.household-limit." + itemCode, Long.class).orElse(null);
    }
}
