package org.relieftrace.supplies.pledge;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.relieftrace.platform.security.ResourceScopes;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeRecorded;

/**
 * Where a pledge lies, for the division scope of pledge endpoints ({@code @ActsIn(resource = "pledge", ...)}): read
 * from the pledge's own first event, so a pledge recorded a moment ago is found before its read model shows it.
 */
@ApplicationScoped
public class PledgeScopes implements ResourceScopes {

    /** The kind of record pledge endpoints are scoped by. */
    public static final String PLEDGE = "pledge";

    @Inject
    EventStore eventStore;

    @Override
    public String kind() {
        return PLEDGE;
    }

    @Override
    public Optional<PledgeScope> find(UUID pledgeId) {
        DomainEventStream events = eventStore.readEvents(Pledge.streamOf(pledgeId), 0);
        if (events.hasNext() && events.next().getPayload() instanceof PledgeRecorded recorded) {
            return Optional.of(new PledgeScope(recorded.divisionCode()));
        }
        return Optional.empty();
    }

    /** The 12-digit code of the division a pledge is for. */
    public record PledgeScope(String division) implements Scope {
    }
}
