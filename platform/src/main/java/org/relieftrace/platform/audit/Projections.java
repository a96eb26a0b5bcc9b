package org.relieftrace.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.health.Readiness;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.ops.ProcessorHealth;

/**
 * 投影 — the service's projections (event processors) as an auditor sees them: running, in error, replaying, and
 * their lag; {@link ProjectionReplays} rebuilds one aside and compares it with the live view.
 */
@ApplicationScoped
public class Projections {

    /** One projection: whether it runs, is in error or is replaying, how many segments this instance processes,
     * how many events of the global stream it has still to handle, its tables, and whether it can be replayed aside
     * (a saga cannot). */
    public record Status(String name, boolean running, boolean error, boolean replaying, int segmentsHere,
                         long lag, List<String> tables, boolean replayable) {
    }

    @Inject
    AxonRuntime axon;

    @Inject
    ProjectionReplays replays;

    @Inject
    @Readiness
    ProcessorHealth health;

    public List<Status> all() {
        List<Status> all = new ArrayList<>();
        processors().forEach((name, processor) -> all.add(status(name, processor)));
        return all;
    }

    private Status status(String name, EventProcessor processor) {
        List<String> tables = processor instanceof AbstractEventProcessor withHandlers
                ? replays.tables(name, withHandlers.eventHandlerInvoker()) : List.of();
        if (processor instanceof StreamingEventProcessor streaming) {
            return new Status(name, streaming.isRunning(), streaming.isError(), streaming.isReplaying(),
                    streaming.processingStatus().size(), health.lag(name), tables, !tables.isEmpty());
        }
        return new Status(name, processor.isRunning(), false, false, 0, 0, tables, false);
    }

    private Map<String, EventProcessor> processors() {
        return new TreeMap<>(axon.configuration().eventProcessingConfiguration().eventProcessors());
    }
}
