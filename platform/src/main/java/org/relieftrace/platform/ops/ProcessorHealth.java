package org.relieftrace.platform.ops;

import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.relieftrace.platform.axon.AxonRuntime;

/**
 * Readiness of the event store and of every event processor (running, not in error), and the
 * {@code relief_processor_lag_events{processor}} gauge: how many events of the global stream a processor has still
 * to handle.
 *
 * <p>With several instances of the service a processor runs on each, but a segment is handled by one of them only: a
 * processor that holds no segment here while other instances hold them all reports {@code standby} (they handle its
 * events; this one takes a segment over when one of them stops) and a lag of 0 — it has nothing to handle here.
 */
@Readiness
@ApplicationScoped
public class ProcessorHealth implements HealthCheck {

    @Inject
    AxonRuntime axon;

    @Inject
    MeterRegistry registry;

    void registerGauges(@jakarta.enterprise.event.Observes StartupEvent event) {
        processors().forEach((name, processor) -> Gauge.builder("relief.processor.lag", () -> lag(name, processor))
                .description("Events of the global stream not yet handled by the processor")
                .baseUnit("events")
                .tag("processor", name)
                .register(registry));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-store and processors").up();
        try {
            response.withData("eventStoreHead", head());
        } catch (RuntimeException e) {
            return response.down().withData("eventStore", e.getMessage()).build();
        }
        processors().forEach((name, processor) -> {
            boolean error = processor instanceof StreamingEventProcessor streaming && streaming.isError();
            String state = !processor.isRunning() ? "stopped" : error ? "error" : "running";
            response.withData(name, standby(name, processor) ? "standby" : state + ", lag " + lag(name, processor));
            if (!processor.isRunning() || error) {
                response.down();
            }
        });
        return response.build();
    }

    private Map<String, EventProcessor> processors() {
        return axon.configuration().eventProcessingConfiguration().eventProcessors();
    }

    private long head() {
        TrackingToken token = axon.configuration().eventStore().createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** Events between the store's head and the least advanced segment of the processor. */
    public long lag(String processorName) {
        EventProcessor processor = processors().get(processorName);
        return processor == null ? -1 : lag(processorName, processor);
    }

    /**
     * Running here without a segment while other instances hold them all: the processor's events are theirs to
     * handle. (Holding none while some segment is free is only a moment before this instance claims it.)
     */
    private boolean standby(String name, EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.isRunning() || streaming.isError()
                || !streaming.processingStatus().isEmpty()) {
            return false;
        }
        TokenStore tokens = axon.configuration().eventProcessingConfiguration().tokenStore(name);
        return axon.transactionManager().fetchInTransaction(() -> tokens.fetchAvailableSegments(name)).isEmpty();
    }

    private long lag(String name, EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming) || standby(name, processor)) {
            return 0;
        }
        long head = head();
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : streaming.processingStatus().values()) {
            OptionalLong position = status.getCurrentPosition();
            lowest = Math.min(lowest, position.orElse(-1));
        }
        return lowest == Long.MAX_VALUE ? head + 1 : Math.max(0, head - lowest);
    }
}
