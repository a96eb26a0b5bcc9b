package org.relieftrace.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.health.Readiness;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.ops.ProcessorHealth;

/**
 * 投影重放 — the service's projections (event processors) as an auditor sees them, and their replay: the processor
 * stops, its tokens go back to the start of the global stream (its {@code @ResetHandler}s clear its tables), and it
 * rebuilds its read model from every event.
 */
@ApplicationScoped
public class Projections {

    /** One projection: whether it runs, is in error or is replaying, how many segments this instance processes and
     * how many events of the global stream it has still to handle. */
    public record Status(String name, boolean running, boolean error, boolean replaying, int segmentsHere,
                         long lag) {
    }

    @Inject
    AxonRuntime axon;

    @Inject
    @Readiness
    ProcessorHealth health;

    public List<Status> all() {
        List<Status> all = new ArrayList<>();
        processors().forEach((name, processor) -> all.add(status(name, processor)));
        return all;
    }

    /** Replays a projection from the start of the stream; answers its status once it has started again. */
    public Status replay(String name) {
        EventProcessor processor = processors().get(name);
        if (processor == null) {
            throw new NotFound("projection", name);
        }
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new DomainRuleViolation("projection-not-replayable", "Projection " + name
                    + " cannot be replayed", name);
        }
        streaming.shutdownAsync().join();
        try {
            streaming.resetTokens();
        } finally {
            streaming.start();
        }
        return status(name, streaming);
    }

    private Status status(String name, EventProcessor processor) {
        if (processor instanceof StreamingEventProcessor streaming) {
            return new Status(name, streaming.isRunning(), streaming.isError(), streaming.isReplaying(),
                    streaming.processingStatus().size(), health.lag(name));
        }
        return new Status(name, processor.isRunning(), false, false, 0, 0);
    }

    private Map<String, EventProcessor> processors() {
        return new TreeMap<>(axon.configuration().eventProcessingConfiguration().eventProcessors());
    }
}
