package org.relieftrace.registry.stream;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

/**
 * 事件流 — a record's own events, read straight from the event store. A command's existence and access checks read
 * here, never a read model: the events of a command are in the store as soon as the command has answered, while a
 * projection may still be behind. The streams of this service are short, so reading one whole is cheap.
 */
@ApplicationScoped
public class Streams {

    @Inject
    EventStore eventStore;

    /** The payloads of the stream's events, oldest first (upcast to today's types); empty for an unknown stream. */
    public List<Object> payloads(String stream) {
        return eventStore.readEvents(stream, 0).asStream().<Object>map(Message::getPayload).toList();
    }

    /** The stream's first event, when it is of {@code type}: the event that created the record. */
    public <E> Optional<E> created(String stream, Class<E> type) {
        return payloads(stream).stream().findFirst().filter(type::isInstance).map(type::cast);
    }
}
