package org.relieftrace.platform.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.jboss.logging.Logger;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlRedirect;

/**
 * One replay of a projection ({@link ProjectionReplays}): rebuilds its tables aside from the whole stream, catches up
 * with the paused live processor, compares, and reports its progress as it goes.
 */
final class ProjectionReplay {

    private static final Logger LOG = Logger.getLogger(ProjectionReplay.class);
    private static final int BATCH = 1000;
    private static final Object END = new Object();
    private static final int REPORTED = 100;

    private final ProjectionReplays owner;
    final String id;
    final String projection;
    final List<String> tables;
    final boolean force;
    final Instant startedAt = Instant.now();
    final AtomicLong done = new AtomicLong();
    volatile ProjectionReplays.Phase phase = ProjectionReplays.Phase.REBUILDING;
    volatile long total;
    volatile Instant finishedAt;
    volatile ProjectionReplays.Outcome outcome;
    volatile ShadowTables.Comparison comparison;
    volatile String error;

    ProjectionReplay(ProjectionReplays owner, String id, String projection, List<String> tables, boolean force) {
        this.owner = owner;
        this.id = id;
        this.projection = projection;
        this.tables = tables;
        this.force = force;
    }

    ProjectionReplays.Status status() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        long events = done.get();
        double rate = events / seconds;
        Long eta = null;
        if (phase.ordinal() >= ProjectionReplays.Phase.DONE.ordinal()) {
            eta = 0L;
        } else if (phase == ProjectionReplays.Phase.REBUILDING && rate > 0) {
            eta = (long) Math.ceil(Math.max(0, total - events) / rate);
        }
        ShadowTables.Comparison compared = comparison;
        return new ProjectionReplays.Status(id, projection, phase, tables, events, Math.max(total, events),
                Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt, outcome,
                compared == null ? null : compared.differences(),
                compared == null ? null : compared.first(), error);
    }

    void run(StreamingEventProcessor live, EventHandlerInvoker handlers) {
        Map<String, String> shadow = Map.of();
        boolean paused = false;
        try {
            boolean reads = !ProjectionReplays.allHandlers(handlers, batched -> !batched.readsTables());
            shadow = owner.shadows.create(tables, reads);
            SqlRedirect toShadow = ProjectionReplays.batched(handlers) ? SqlRedirect.toShadowBatched(shadow)
                    : SqlRedirect.toShadow(shadow);
            long head = owner.axon.bulkReader().createHeadToken() instanceof GapAwareTrackingToken h
                    ? h.getIndex() : -1;
            total = owner.countUpTo(head);
            apply(handlers, toShadow, null, head, (event, index) -> true);
            phase = ProjectionReplays.Phase.CATCHING_UP;
            awaitLivePast(live, head);
            live.shutdownAsync().join();
            paused = true;
            Map<Segment, TrackingToken> positions = owner.positions(live.getName());
            long until = positions.values().stream().mapToLong(ProjectionReplay::index).max().orElse(head);
            apply(handlers, toShadow, GapAwareTrackingToken.newInstance(head, List.of()), until,
                    (event, index) -> handledLive(handlers, positions, event, index));
            phase = ProjectionReplays.Phase.COMPARING;
            comparison = owner.shadows.compare(shadow, REPORTED);
            if (comparison.differences() == 0) {
                outcome = ProjectionReplays.Outcome.EQUAL;
            } else if (force) {
                Map<String, String> copy = shadow;
                owner.axon.transactionManager().executeInTransaction(() -> owner.shadows.copyOverLive(copy));
                outcome = ProjectionReplays.Outcome.DIFFERENT_SWITCHED;
            } else {
                outcome = ProjectionReplays.Outcome.DIFFERENT_LIVE_KEPT;
            }
            phase = ProjectionReplays.Phase.DONE;
        } catch (Exception | LinkageError e) {
            LOG.errorf(e, "replay %s of projection %s failed", id, projection);
            error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            phase = ProjectionReplays.Phase.FAILED;
        } finally {
            if (paused) {
                live.start();
            }
            try {
                owner.shadows.drop(shadow);
            } catch (RuntimeException e) {
                LOG.warnf(e, "cannot drop the shadow tables of replay %s", id);
            }
            finishedAt = Instant.now();
        }
    }

    /**
     * Handles the events after {@code from} up to global index {@code until} that pass the filter, with every
     * statement going to the shadow tables: one reader, and a worker per segment of the live processor that
     * takes the events of its segment (split as the live processor splits them: one aggregate's events keep
     * their order, and a projection the live processor runs in one segment sees every event in global order)
     * in batches of one transaction.
     */
    private void apply(EventHandlerInvoker handlers, SqlRedirect toShadow, TrackingToken from, long until,
                       Filter filter) throws Exception {
        int segmentCount = Math.max(1, owner.settings.processors()
                .getOrDefault(projection, owner.settings.processorDefaults()).segments());
        Segment[] segments = Segment.computeSegments(java.util.stream.IntStream.range(0, segmentCount).toArray());
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < segmentCount; i++) {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4 * BATCH);
            queues.add(queue);
            running.add(owner.workers.submit(() -> {
                work(queue, handlers, toShadow, failure);
                return null;
            }));
        }
        try (Stream<? extends TrackedEventMessage<?>> stream = owner.axon.bulkReader().readEvents(from, false)) {
            var events = stream.iterator();
            while (failure.get() == null && events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                long index = index(event.trackingToken());
                if (index > until) {
                    break;
                }
                if (filter.accept(event, index)) {
                    for (int i = 0; i < segmentCount; i++) {
                        if (handlers.canHandle(event, segments[i])) {
                            queues.get(i).put(event);
                            break;
                        }
                    }
                }
                done.incrementAndGet();
            }
        } finally {
            for (BlockingQueue<Object> queue : queues) {
                queue.put(END);
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        if (failure.get() instanceof Exception e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    /** Handles the events of one segment, a batch per transaction; after a failure it only drains its queue. */
    private void work(BlockingQueue<Object> queue, EventHandlerInvoker handlers, SqlRedirect toShadow,
                      AtomicReference<Throwable> failure) throws InterruptedException {
        TransactionManager transactions = owner.axon.transactionManager();
        Object next = queue.take();
        while (next != END) {
            if (failure.get() != null) {
                next = queue.take();
                continue;
            }
            Transaction transaction = transactions.startTransaction();
            try {
                int inBatch = 0;
                while (next != END && next != null && inBatch < BATCH) {
                    handle(handlers, toShadow, (TrackedEventMessage<?>) next);
                    inBatch++;
                    next = queue.poll();
                }
                owner.sql.flush();
                transaction.commit();
            } catch (Exception | Error e) {
                Sql.discardPending();
                transaction.rollback();
                failure.compareAndSet(null, e);
            }
            if (next == null) {
                next = queue.take();
            }
        }
    }

    private void handle(EventHandlerInvoker handlers, SqlRedirect toShadow, TrackedEventMessage<?> event)
            throws Exception {
        Sql.redirected(toShadow, () -> {
            var result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
                handlers.handle(event, Segment.ROOT_SEGMENT);
                return null;
            });
            if (result.isExceptional()) {
                throw new IllegalStateException("event " + event.getIdentifier() + " failed in the replay",
                        result.exceptionResult());
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Filter {
        boolean accept(TrackedEventMessage<?> event, long index);
    }

    /** Whether the live processor, paused at these positions, had handled the event. */
    private static boolean handledLive(EventHandlerInvoker handlers, Map<Segment, TrackingToken> positions,
                                       TrackedEventMessage<?> event, long index) {
        for (Map.Entry<Segment, TrackingToken> position : positions.entrySet()) {
            if (handlers.canHandle(event, position.getKey())) {
                TrackingToken token = position.getValue();
                return token != null && token.covers(GapAwareTrackingToken.newInstance(index, List.of()));
            }
        }
        return false;
    }

    /** Waits (at most a minute) until every segment of the live processor has passed the global index. */
    private static void awaitLivePast(StreamingEventProcessor live, long index) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            var status = live.processingStatus().values();
            if (!status.isEmpty() && status.stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= index)) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static long index(TrackingToken token) {
        TrackingToken plain = WrappedToken.unwrapLowerBound(token);
        return plain instanceof GapAwareTrackingToken gapAware ? gapAware.getIndex()
                : plain == null ? -1 : plain.position().orElse(-1);
    }
}
