package org.relieftrace.platform.audit;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import org.axonframework.serialization.Revision;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.axon.EventJson;
import org.relieftrace.platform.axon.HandlerDiscovery;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 历史状态 — an aggregate as it stood at a moment: built by its own {@code @EventSourcingHandler}s from its stored
 * events up to that moment, starting from its latest snapshot when that snapshot holds only events up to the moment
 * (else from a fresh instance), shown as its fields.
 */
@ApplicationScoped
public class AggregateStates {

    /** The aggregate's fields after the events up to {@code at}; {@code fromSnapshot} is the sequence number of the
     * snapshot the replay started from (null: from the first event), {@code eventsApplied} counts the events it
     * contains and those applied after it. */
    public record State(String aggregateType, String aggregateId, Instant at, int eventsApplied, long lastSequence,
                        String lastEventTimestamp, Long fromSnapshot, JsonNode state) {
    }

    @Inject
    AxonRuntime axon;

    @Inject
    Sql sql;

    @Inject
    AxonSettings settings;

    private final ObjectMapper fields = EventJson.snapshotMapper();
    private final Map<Class<?>, AggregateModel<Object>> models = new ConcurrentHashMap<>();
    private volatile Map<String, Class<?>> types;

    /** The aggregate at {@code at}: from its snapshot when one fits and {@code useSnapshot}, else from its first
     * event. */
    public State at(String type, String aggregateId, Instant at, boolean useSnapshot) {
        Class<?> aggregateClass = types().get(type);
        if (aggregateClass == null) {
            throw new NotFound("aggregate type", type);
        }
        AggregateModel<Object> model = model(aggregateClass);
        Optional<Snapshot> snapshot = useSnapshot ? snapshotBefore(aggregateClass, aggregateId, at) : Optional.empty();
        Object instance = snapshot.map(Snapshot::aggregate).orElseGet(() -> instantiate(aggregateClass));
        long last = snapshot.map(Snapshot::sequence).orElse(-1L);
        int applied = (int) (last + 1);
        String lastTimestamp = snapshot.map(Snapshot::timestamp).orElse(null);
        DomainEventStream stream = axon.bulkReader().readEvents(aggregateId, last + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!type.equals(event.getType()) || event.getTimestamp().isAfter(at)) {
                break;
            }
            model.publish(event, instance);
            applied++;
            last = event.getSequenceNumber();
            lastTimestamp = event.getTimestamp().toString();
        }
        if (applied == 0) {
            throw new NotFound(type, aggregateId);
        }
        return new State(type, aggregateId, at, applied, last, lastTimestamp,
                snapshot.map(Snapshot::sequence).orElse(null), fields.valueToTree(instance));
    }

    private record Snapshot(long sequence, String timestamp, Object aggregate) {
    }

    /**
     * The aggregate's stored snapshot when it holds only events up to {@code at} and has the shape of the aggregate
     * class ({@code @Revision}); a snapshot is a cache of what its events produce, so the state is the same.
     */
    private Optional<Snapshot> snapshotBefore(Class<?> aggregateClass, String aggregateId, Instant at) {
        Revision revision = aggregateClass.getAnnotation(Revision.class);
        Optional<String[]> stored = sql.one("SELECT s.sequence_number, e.time_stamp, s.payload_revision, s.payload_type"
                        + " FROM " + settings.eventStoreSchema() + ".snapshot_event_entry s JOIN " + axon.eventTable()
                        + " e ON e.aggregate_identifier = s.aggregate_identifier"
                        + " AND e.sequence_number = s.sequence_number WHERE s.aggregate_identifier = ?"
                        + " ORDER BY s.sequence_number DESC LIMIT 1",
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)},
                aggregateId);
        if (stored.isEmpty() || Instant.parse(stored.get()[1]).isAfter(at)
                || !aggregateClass.getName().equals(stored.get()[3])
                || !java.util.Objects.equals(revision == null ? null : revision.value(), stored.get()[2])) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(stored.get()[0]);
        return axon.bulkReader().readSnapshot(aggregateId)
                .filter(message -> message.getSequenceNumber() == sequence)
                .map(message -> new Snapshot(sequence, stored.get()[1], message.getPayload()));
    }

    @SuppressWarnings("unchecked")
    private AggregateModel<Object> model(Class<?> type) {
        return models.computeIfAbsent(type,
                t -> AnnotatedAggregateMetaModelFactory.inspectAggregate((Class<Object>) t));
    }

    private static Object instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a no-argument constructor", e);
        }
    }

    private Map<String, Class<?>> types() {
        Map<String, Class<?>> found = types;
        if (found == null) {
            found = new HashMap<>();
            for (Class<?> type : HandlerDiscovery.fromClassPath(Thread.currentThread().getContextClassLoader())
                    .aggregates()) {
                found.put(type.getSimpleName(), type);
                found.putIfAbsent(model(type).type(), type);
            }
            types = Map.copyOf(found);
        }
        return found;
    }
}
