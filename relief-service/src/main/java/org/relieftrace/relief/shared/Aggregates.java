package org.relieftrace.relief.shared;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.platform.axon.AxonRuntime;

/**
 * The service's aggregates as their event streams hold them now: the repositories a process class loads them through,
 * and a look at one aggregate for a check that must not wait for a projection to catch up.
 */
@ApplicationScoped
public class Aggregates {

    @Inject
    AxonRuntime axon;

    /** The Axon repository of the aggregate type. */
    public <A> Repository<A> repository(Class<A> type) {
        return axon.configuration().repository(type);
    }

    /**
     * What {@code reading} takes from the aggregate with this stream as it stands, or empty when there is none; read
     * in a unit of work of its own that changes nothing (inside a command's unit of work, in that one).
     */
    public <A, R> Optional<R> read(Class<A> type, String stream, Function<A, R> reading) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(type, stream, reading);
        }
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            return load(type, stream, reading);
        } finally {
            unit.rollback();
        }
    }

    private <A, R> Optional<R> load(Class<A> type, String stream, Function<A, R> reading) {
        try {
            Aggregate<A> aggregate = repository(type).load(stream);
            return Optional.ofNullable(aggregate.invoke(reading));
        } catch (AggregateNotFoundException none) {
            return Optional.empty();
        }
    }
}
