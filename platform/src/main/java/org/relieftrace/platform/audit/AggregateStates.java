package org.relieftrace.platform.audit;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.EventJson;
import org.relieftrace.platform.axon.HandlerDiscovery;
import org.relieftrace.platform.domain.NotFound;

/**
 * 历史状态 — an aggregate as it stood at a moment: a fresh instance of the aggregate class, built by its own
 * {@code @EventSourcingHandler}s from its stored events up to that moment (never from a snapshot), shown as its
 * fields.
 */
@ApplicationScoped
public class AggregateStates {

    /** The aggregate's fields after the events up to {@code at}. */
    public record State(String aggregateType, String aggregateId, Instant at, int eventsApplied, long lastSequence,
                        String lastEventTimestamp, JsonNode state) {
    }

    @Inject
    AxonRuntime axon;

    private final ObjectMapper fields = EventJson.snapshotMapper();
    private final Map<Class<?>, AggregateModel<Object>> models = new ConcurrentHashMap<>();
    private volatile Map<String, Class<?>> types;

    public State at(String type, String aggregateId, Instant at) {
        Class<?> aggregateClass = types().get(type);
        if (aggregateClass == null) {
            throw new NotFound("aggregate type", type);
        }
        Object instance = instantiate(aggregateClass);
        AggregateModel<Object> model = model(aggregateClass);
        DomainEventStream stream = axon.configuration().eventStore().readEvents(aggregateId, 0);
        int applied = 0;
        long last = -1;
        String lastTimestamp = null;
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
        return new State(type, aggregateId, at, applied, last, lastTimestamp, fields.valueToTree(instance));
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
