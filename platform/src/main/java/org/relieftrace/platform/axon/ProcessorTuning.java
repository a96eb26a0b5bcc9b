package org.relieftrace.platform.axon;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;

/**
 * Gives every processing group of the service its own pooled streaming processor, sized by name from
 * {@code relief.processors."<group>".*} or {@code relief.processor-defaults.*}. Any instance may claim every segment
 * (so that one survivor carries on alone); {@code SegmentBalancer} spreads them when several instances run.
 */
final class ProcessorTuning {

    private final AxonSettings settings;

    ProcessorTuning(AxonSettings settings) {
        this.settings = settings;
    }

    void apply(EventProcessingConfigurer processing, HandlerDiscovery discovery) {
        Set<String> groups = new LinkedHashSet<>();
        for (Class<?> type : discovery.projections()) {
            groups.add(groupOf(type));
        }
        for (Class<?> saga : discovery.sagas()) {
            groups.add(saga.getSimpleName() + "Processor");
        }
        for (String group : groups) {
            AxonSettings.Processor tuning = settings.processors().getOrDefault(group, settings.processorDefaults());
            processing.registerPooledStreamingEventProcessorConfiguration(group, (c, builder) -> builder
                    .initialSegmentCount(tuning.segments())
                    .maxClaimedSegments(tuning.segments())
                    .batchSize(tuning.batchSize())
                    .tokenClaimInterval(settings.tokenClaimInterval().toMillis())
                    .coordinatorExecutor(name -> Executors.newSingleThreadScheduledExecutor(threads(name + "-coord")))
                    .workerExecutor(name -> Executors.newScheduledThreadPool(tuning.threads(),
                            threads(name + "-worker"))));
        }
    }

    /** The processing group of a handler class: its {@code @ProcessingGroup}, else its package (Axon's default). */
    static String groupOf(Class<?> type) {
        ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
        return group != null ? group.value() : type.getPackageName();
    }

    private static java.util.concurrent.ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
