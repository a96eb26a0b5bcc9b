package org.relieftrace.platform.axon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

    /** The mapper of stored event JSON, named so it does not replace the REST layer's own. */
    @Produces
    @Singleton
    @EventStoreJson
    ObjectMapper eventObjectMapper() {
        return runtime.objectMapper();
    }
}
