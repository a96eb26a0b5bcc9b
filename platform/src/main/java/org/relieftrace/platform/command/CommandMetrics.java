package org.relieftrace.platform.command;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus metrics of the command side: {@code relief_commands_seconds{command,outcome}} (count and time of
 * commands handled or failed) and {@code relief_events_appended_total{event}} (events committed to the store).
 */
@ApplicationScoped
public class CommandMetrics {

    @Inject
    MeterRegistry registry;

    /** Times each command and tags it with its outcome. */
    public MessageHandlerInterceptor<CommandMessage<?>> commandsHandled() {
        return (unitOfWork, chain) -> {
            Timer.Sample sample = Timer.start(registry);
            String command = simpleName(unitOfWork.getMessage().getCommandName());
            String outcome = "failed";
            try {
                Object result = chain.proceed();
                outcome = "handled";
                return result;
            } finally {
                String tag = outcome;
                unitOfWork.afterCommit(u -> sample.stop(timer(command, tag)));
                unitOfWork.onRollback(u -> sample.stop(timer(command, "failed")));
            }
        };
    }

    /** Counts events once their unit of work has committed. */
    public MessageDispatchInterceptor<EventMessage<?>> eventsAppended() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
                    List<? extends EventMessage<?>> messages) {
                return (index, event) -> {
                    Counter counter = Counter.builder("relief.events.appended")
                            .description("Events committed to the event store")
                            .tag("event", event.getPayloadType().getSimpleName())
                            .register(registry);
                    if (CurrentUnitOfWork.isStarted()) {
                        CurrentUnitOfWork.get().afterCommit(u -> counter.increment());
                    } else {
                        counter.increment();
                    }
                    return event;
                };
            }
        };
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder("relief.commands")
                .description("Commands handled (outcome=handled) or failed")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram(false)
                .register(registry);
    }

    private static String simpleName(String commandName) {
        return commandName.substring(commandName.lastIndexOf('.') + 1);
    }
}
