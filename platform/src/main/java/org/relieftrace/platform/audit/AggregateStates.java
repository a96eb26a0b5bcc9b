package org.relieftrace.platform.audit;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.axon.EventJson;
import org.relieftrace.platform.axon.HandlerDiscovery;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 历史状态 — an aggregate as it stood at a moment: built by its own {@code @EventSourcingHandler}s from its stored
 * events up to that moment, starting from the latest archived snapshot ({@code eventstore.snapshot_archive}, 快照存档:
 * every snapshot Axon stored, and those {@link #archive} made) whose last event is not after the moment, else from a
 * fresh instance; shown as its fields. A snapshot is a cache of what its events produce, so the state is the same as
 * a replay from the first event ({@code snapshot=false}). Only a snapshot whose seal matches ({@link SnapshotSeals})
 * is used: one that does not is refused, named in the answer, and an earlier one (or the first event) is started from.
 */
@ApplicationScoped
public class AggregateStates {

    /** Snapshots kept in the archive after every this many events, when the aggregate configures no threshold. */
    static final int DEFAULT_EVERY = 1000;

    /** The aggregate's fields after the events up to {@code at}; {@code fromSnapshot} is the sequence number of the
     * snapshot the replay started from (null: from the first event), {@code eventsApplied} counts the events it
     * contains and those applied after it; {@code snapshotsRefused} names the archived snapshots that would have
     * fitted but whose seal does not match (empty: none). */
    public record State(String aggregateType, String aggregateId, Instant at, int eventsApplied, long lastSequence,
                        String lastEventTimestamp, Long fromSnapshot, JsonNode state,
                        List<SnapshotSeals.Broken> snapshotsRefused) {
    }

    /** What {@link #archive} did: the aggregate's events read, the snapshots added and those the archive now holds. */
    public record Archived(String aggregateType, String aggregateId, int every, long events, int added,
                           int snapshots) {
    }

    @Inject
    AxonRuntime axon;

    @Inject
    Sql sql;

    @Inject
    AxonSettings settings;

    @Inject
    SnapshotSeals seals;

    private final ObjectMapper fields = EventJson.snapshotMapper();
    private final Map<Class<?>, AggregateModel<Object>> models = new ConcurrentHashMap<>();
    private volatile Map<String, Class<?>> types;

    /** The aggregate at {@code at}: from an archived snapshot when one fits and {@code useSnapshot}, else from its
     * first event. */
    public State at(String type, String aggregateId, Instant at, boolean useSnapshot) {
        Class<?> aggregateClass = aggregateClass(type);
        AggregateModel<Object> model = model(aggregateClass);
        List<SnapshotSeals.Broken> refused = new ArrayList<>();
        Optional<Snapshot> snapshot = useSnapshot ? snapshotBefore(aggregateClass, aggregateId, at, refused)
                : Optional.empty();
        Object instance = snapshot.map(Snapshot::aggregate).orElseGet(() -> instantiate(aggregateClass));
        long last = snapshot.map(Snapshot::sequence).orElse(-1L);
        int applied = (int) (last + 1);
        String lastTimestamp = snapshot.map(Snapshot::timestamp).orElse(null);
        DomainEventStream stream = axon.bulkReader().readEvents(aggregateId, last + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!model.type().equals(event.getType()) || event.getTimestamp().isAfter(at)) {
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
                snapshot.map(Snapshot::sequence).orElse(null), fields.valueToTree(instance), List.copyOf(refused));
    }

    /**
     * Fills the archive for an aggregate whose events did not all come through commands (loaded or migrated) or
     * were stored before the archive existed: replays its whole history once and archives its state after every
     * {@code every}-th event (sequence numbers every-1, 2·every-1, ..., where Axon's count trigger would have taken
     * them) that the archive does not hold yet. Its events are only read.
     */
    public Archived archive(String type, String aggregateId, Integer every) {
        Class<?> aggregateClass = aggregateClass(type);
        AggregateModel<Object> model = model(aggregateClass);
        int interval = every != null ? every : Optional.ofNullable(settings.aggregates()
                .get(aggregateClass.getSimpleName())).flatMap(AxonSettings.Aggregate::snapshotThreshold)
                .orElse(DEFAULT_EVERY);
        Serializer serializer = axon.bulkReader().getSnapshotSerializer();
        Set<Long> held = new HashSet<>();
        Revision revision = aggregateClass.getAnnotation(Revision.class);
        seals.of(aggregateId, aggregateClass.getName(), revision == null ? null : revision.value())
                .forEach(row -> held.add(row.sequence()));
        int before = held.size();
        Object instance = instantiate(aggregateClass);
        long events = 0;
        DomainEventStream stream = axon.bulkReader().readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!model.type().equals(event.getType())) {
                break;
            }
            model.publish(event, instance);
            events++;
            long sequence = event.getSequenceNumber();
            if ((sequence + 1) % interval == 0 && held.add(sequence)) {
                SerializedObject<byte[]> payload = serializer.serialize(instance, byte[].class);
                sql.update("INSERT INTO " + archiveTable() + " (aggregate_identifier, sequence_number, type,"
                                + " event_identifier, payload, payload_revision, payload_type, time_stamp)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (aggregate_identifier, sequence_number) DO NOTHING",
                        aggregateId, sequence, model.type(), UUID.randomUUID().toString(), payload.getData(),
                        payload.getType().getRevision(), payload.getType().getName(), Instant.now().toString());
            }
        }
        if (events == 0) {
            throw new NotFound(type, aggregateId);
        }
        seals.sealPending(aggregateId);
        return new Archived(type, aggregateId, interval, events, held.size() - before, held.size());
    }

    private record Snapshot(long sequence, String timestamp, Object aggregate) {
    }

    /**
     * The latest archived snapshot whose last event is not after {@code at}, when it has the shape of the aggregate
     * class ({@code @Revision}) and its seal matches; those that fit but whose seal does not are added to
     * {@code refused}, and an earlier one is tried.
     */
    private Optional<Snapshot> snapshotBefore(Class<?> aggregateClass, String aggregateId, Instant at,
                                              List<SnapshotSeals.Broken> refused) {
        Revision revision = aggregateClass.getAnnotation(Revision.class);
        Serializer serializer = axon.bulkReader().getSnapshotSerializer();
        for (SnapshotSeals.Archived row : seals.of(aggregateId, aggregateClass.getName(),
                revision == null ? null : revision.value())) {
            if (row.eventTimestamp() != null && Instant.parse(row.eventTimestamp()).isAfter(at)) {
                continue;
            }
            Optional<String> problem = seals.problem(row);
            if (problem.isPresent()) {
                refused.add(new SnapshotSeals.Broken(row.aggregateType(), aggregateId, row.sequence(), problem.get()));
                continue;
            }
            Object aggregate = serializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class,
                    aggregateClass.getName(), revision == null ? null : revision.value()));
            return Optional.of(new Snapshot(row.sequence(), row.eventTimestamp(), aggregate));
        }
        return Optional.empty();
    }

    private String archiveTable() {
        return settings.eventStoreSchema() + ".snapshot_archive";
    }

    private Class<?> aggregateClass(String type) {
        Class<?> aggregateClass = types().get(type);
        if (aggregateClass == null) {
            throw new NotFound("aggregate type", type);
        }
        return aggregateClass;
    }

    /** The aggregate's model, inspected with the application's parameter resolvers: command handlers may take components
     * such as the {@code EventBus} as parameters, and inspection checks every handler. */
    @SuppressWarnings("unchecked")
    private AggregateModel<Object> model(Class<?> type) {
        return models.computeIfAbsent(type,
                t -> AnnotatedAggregateMetaModelFactory.inspectAggregate((Class<Object>) t,
                        axon.configuration().parameterResolverFactory()));
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
