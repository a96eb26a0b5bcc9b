package org.relieftrace.platform.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;

/**
 * 分段均衡 — spreads the segments of the service's event processors over its instances when several run
 * ({@link AxonSettings#instances()} above one).
 *
 * <p>Segments are claimed first come, first served, and any instance may hold them all, so that a lone survivor
 * carries on. At every balance interval an instance counts the segments of all its processors and gives up those it
 * holds beyond an equal share ({@code ceil(segments / instances)}), taking the processors where it holds the most
 * first; another instance's processor claims them at its next claim attempt, while this one leaves them alone for
 * three claim intervals (and balances no more until five have passed). When a released segment comes back (no other instance took it: fewer instances run than
 * configured) the interval doubles, up to ten minutes, so a missing instance costs a short pause of those segments
 * now and then, never a lasting gap.
 */
@ApplicationScoped
public class SegmentBalancer {

    private static final Logger LOG = Logger.getLogger(SegmentBalancer.class);
    private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(10);

    @Inject
    AxonRuntime axon;

    @Inject
    AxonSettings settings;

    private ScheduledExecutorService timer;
    private Duration interval;
    private String releasedProcessor;
    private int releasedSegment;
    private long releasedAt;

    void start(@Observes StartupEvent event) {
        if (settings.instances() <= 1) {
            return;
        }
        interval = settings.segmentBalanceInterval();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("segment-balancer").daemon()
                .factory());
        schedule();
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void schedule() {
        timer.schedule(() -> {
            try {
                balance();
            } catch (RuntimeException e) {
                LOG.warn("balancing segments failed; trying again later", e);
            }
            schedule();
        }, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Gives up the segments held beyond an equal share of all processors' segments. */
    synchronized void balance() {
        Map<String, EventProcessor> processors = axon.configuration().eventProcessingConfiguration()
                .eventProcessors();
        if (settling()) {
            return;
        }
        backOffIfReleasedCameBack(processors);
        int total = 0;
        Map<String, List<Integer>> held = new TreeMap<>();
        processors.forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                held.put(name, new ArrayList<>(streaming.processingStatus().keySet()));
            }
        });
        for (String name : held.keySet()) {
            total += segments(name);
        }
        int holding = held.values().stream().mapToInt(List::size).sum();
        int share = (total + settings.instances() - 1) / settings.instances();
        Duration releaseFor = settings.tokenClaimInterval().multipliedBy(3);
        for (int surplus = holding - share; surplus > 0; surplus--) {
            String most = held.entrySet().stream().max(Comparator.comparingInt(entry -> entry.getValue().size()))
                    .orElseThrow().getKey();
            int segment = held.get(most).removeLast();
            ((StreamingEventProcessor) processors.get(most)).releaseSegment(segment, releaseFor.toMillis(),
                    TimeUnit.MILLISECONDS);
            releasedProcessor = most;
            releasedSegment = segment;
            releasedAt = System.nanoTime();
            LOG.infof("released segment %d of %s: this instance held %d of %d segments, its share is %d",
                    segment, most, holding, total, share);
        }
    }

    /** {@code true} until a released segment had time to be claimed elsewhere, or back here. */
    private boolean settling() {
        Duration settle = settings.tokenClaimInterval().multipliedBy(5);
        return releasedProcessor != null && System.nanoTime() - releasedAt < settle.toNanos();
    }

    private void backOffIfReleasedCameBack(Map<String, EventProcessor> processors) {
        if (releasedProcessor == null) {
            return;
        }
        boolean cameBack = processors.get(releasedProcessor) instanceof StreamingEventProcessor streaming
                && streaming.processingStatus().containsKey(releasedSegment);
        Duration doubled = interval.multipliedBy(2);
        interval = !cameBack ? settings.segmentBalanceInterval()
                : doubled.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : doubled;
        releasedProcessor = null;
    }

    private int segments(String processor) {
        TokenStore tokens = axon.configuration().eventProcessingConfiguration().tokenStore(processor);
        return axon.transactionManager().fetchInTransaction(() -> tokens.fetchSegments(processor).length);
    }
}
