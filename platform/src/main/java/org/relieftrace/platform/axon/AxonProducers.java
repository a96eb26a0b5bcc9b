package org.relieftrace.platform.axon;

import java.lang.reflect.ParameterizedType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryGateway;

import org.relieftrace.platform.command.IdempotencyStore;

/** Makes the started Axon components injectable. */
@ApplicationScoped
public class AxonProducers {

    @Inject
    AxonRuntime runtime;

    @Produces
    @Singleton
    Configuration configuration() {
        return runtime.configuration();
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return runtime.configuration().commandGateway();
    }

    @Produces
    @Singleton
    QueryGateway queryGateway() {
        return runtime.configuration().queryGateway();
    }

    @Produces
    @Singleton
    EventGateway eventGateway() {
        return runtime.configuration().eventGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return runtime.configuration().eventStore();
    }

    @Produces
    @Singleton
    IdempotencyStore idempotencyStore() {
        return runtime.idempotencyStore();
    }

    /**
     * The repository of the aggregate named by the injection point's type argument ({@code Repository<DepotStock>}):
     * the same one, with its cache and locks, that the aggregate's own command handlers use, for a process class
     * that loads several aggregates in one unit of work.
     */
    @Produces
    @Dependent
    @SuppressWarnings("unchecked")
    <A> Repository<A> repository(InjectionPoint at) {
        Class<A> type = (Class<A>) ((ParameterizedType) at.getType()).getActualTypeArguments()[0];
        return runtime.configuration().repository(type);
    }

    /** The mapper of stored event JSON, named so it does not replace the REST layer's own. */
    @Produces
    @Singleton
    @EventStoreJson
    ObjectMapper eventObjectMapper() {
        return runtime.objectMapper();
    }
}
