package org.relieftrace.platform.audit;

import java.lang.reflect.Constructor;
import java.time.Instant;
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
 * a replay from the first event ({@code snapshot=false}).
 */
@ApplicationScoped
public class AggregateStates {

    /** Snapshots kept in the archive after every this many events, when the aggregate configures no threshold. */
    static final int DEFAULT_EVERY = 1000;

    /** The aggregate's fields after the events up to {@code at}; {@code fromSnapshot} is the sequence number of the
     * snapshot the replay started from (null: from the first event), {@code eventsApplied} counts the events it
     * contains and those applied after it. */
    public record State(String aggregateType, String aggregateId, Instant at, int eventsApplied, long lastSequence,
                        String lastEventTimestamp, Long fromSnapshot, JsonNode state) {
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

    private final ObjectMapper fields = EventJson.snapshotMapper();
    private final Map<Class<?>, AggregateModel<Object>> models = new ConcurrentHashMap<>();
    private volatile Map<String, Class<?>> types;

    /** The aggregate at {@code at}: from an archived snapshot when one fits and {@code useSnapshot}, else from its
     * first event. */
    public State at(String type, String aggregateId, Instant at, boolean useSnapshot) {
        Class<?> aggregateClass = aggregateClass(type);
        AggregateModel<Object> model = model(aggregateClass);
        Optional<Snapshot> snapshot = useSnapshot ? snapshotBefore(aggregateClass, aggregateId, at) : Optional.empty();
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
                snapshot.map(Snapshot::sequence).orElse(null), fields.valueToTree(instance));
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
        archivedOf(aggregateClass, aggregateId).forEach(row -> held.add(row.sequence()));
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
        return new Archived(type, aggregateId, interval, events, held.size() - before, held.size());
    }

    private record Snapshot(long sequence, String timestamp, Object aggregate) {
    }

    private record ArchivedRow(long sequence, String timestamp) {
    }

    /**
     * The latest archived snapshot whose last event is not after {@code at}, when it has the shape of the aggregate
     * class ({@code @Revision}).
     */
    private Optional<Snapshot> snapshotBefore(Class<?> aggregateClass, String aggregateId, Instant at) {
        Optional<ArchivedRow> fits = archivedOf(aggregateClass, aggregateId).stream()
                .filter(row -> !Instant.parse(row.timestamp()).isAfter(at)).findFirst();
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        long sequence = fits.get().sequence();
        Revision revision = aggregateClass.getAnnotation(Revision.class);
        Serializer serializer = axon.bulkReader().getSnapshotSerializer();
        return sql.one("SELECT payload FROM " + archiveTable() + " WHERE aggregate_identifier = ?"
                        + " AND sequence_number = ?", rows -> rows.getBytes(1), aggregateId, sequence)
                .map(payload -> serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                        aggregateClass.getName(), revision == null ? null : revision.value())))
                .map(aggregate -> new Snapshot(sequence, fits.get().timestamp(), aggregate));
    }

    /** The aggregate's archived snapshots of the class's current shape, newest first, with their last event's time. */
    private List<ArchivedRow> archivedOf(Class<?> aggregateClass, String aggregateId) {
        Revision revision = aggregateClass.getAnnotation(Revision.class);
        return sql.list("SELECT a.sequence_number, e.time_stamp FROM " + archiveTable() + " a JOIN "
                        + axon.eventTable() + " e ON e.aggregate_identifier = a.aggregate_identifier"
                        + " AND e.sequence_number = a.sequence_number WHERE a.aggregate_identifier = ?"
                        + " AND a.payload_type = ? AND a.payload_revision IS NOT DISTINCT FROM ?"
                        + " ORDER BY a.sequence_number DESC",
                rows -> new ArchivedRow(rows.getLong(1), rows.getString(2)), aggregateId, aggregateClass.getName(),
                revision == null ? null : revision.value());
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
