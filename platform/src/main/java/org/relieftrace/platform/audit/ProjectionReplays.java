package org.relieftrace.platform.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 投影重放 — rebuilds a projection in the background into shadow copies of its tables ({@link ShadowTables}) while
 * queries go on reading the live ones: first every event up to the head of the stream, then, with the live processor
 * paused, exactly the events the live processor had handled; then the rebuilt rows are compared with the live rows.
 * Equal: the live view is proven and stays. Different: the differences are reported, and the rebuilt rows replace the
 * live ones only when asked ({@code force}). Works for every projection without declaring anything: its tables are
 * the ones its {@code @ResetHandler} truncates or deletes from, its handlers are the processor's own.
 */
@ApplicationScoped
public class ProjectionReplays {

    private static final Logger LOG = Logger.getLogger(ProjectionReplays.class);
    private static final Pattern TRUNCATE = Pattern.compile("(?is)^\\s*TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(.+?)"
            + "(?:\\s+(?:RESTART|CONTINUE|CASCADE|RESTRICT)\\b.*)?;?\\s*$");
    private static final Pattern DELETE = Pattern.compile("(?is)^\\s*DELETE\\s+FROM\\s+(?:ONLY\\s+)?([\\w.\"]+).*");
    private static final int BATCH = 1000;
    private static final Object END = new Object();
    private static final int REPORTED = 100;

    /** Where a replay stands. */
    public enum Phase { REBUILDING, CATCHING_UP, COMPARING, DONE, FAILED }

    /** What the comparison concluded: equal (the live view stays, proven), different and kept, or switched. */
    public enum Outcome { EQUAL, DIFFERENT_LIVE_KEPT, DIFFERENT_SWITCHED }

    /** A replay's progress and, when done, its comparison. */
    public record Status(String id, String projection, Phase phase, List<String> tables, long eventsDone,
                         long eventsTotal, double eventsPerSecond, Long etaSeconds, Instant startedAt,
                         Instant finishedAt, Outcome outcome, Long differences,
                         List<ShadowTables.Difference> firstDifferences, String error) {
    }

    @Inject
    AxonRuntime axon;

    @Inject
    ShadowTables shadows;

    @Inject
    AxonSettings settings;

    @Inject
    Sql sql;

    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final Map<String, List<String>> tables = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "projection-replay");
        thread.setDaemon(true);
        return thread;
    });

    void onStop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }

    /** Starts a replay of the projection in the background. */
    public Status start(String name, boolean force) {
        EventProcessor processor = axon.configuration().eventProcessingConfiguration().eventProcessors().get(name);
        if (processor == null) {
            throw new NotFound("projection", name);
        }
        if (!(processor instanceof StreamingEventProcessor streaming)
                || !(processor instanceof AbstractEventProcessor withHandlers)) {
            throw new DomainRuleViolation("projection-not-replayable", "Projection " + name
                    + " cannot be replayed", name);
        }
        List<String> tables = tables(name, withHandlers.eventHandlerInvoker());
        if (tables.isEmpty()) {
            throw new DomainRuleViolation("projection-not-replayable", "Projection " + name + " declares no tables"
                    + " (its @ResetHandler truncates none)", name);
        }
        synchronized (replays) {
            if (replays.values().stream().anyMatch(r -> r.projection.equals(name) && r.phase.ordinal()
                    < Phase.DONE.ordinal())) {
                throw new DomainRuleViolation("projection-replay-running", "A replay of projection " + name
                        + " is already running", name);
            }
            Replay replay = new Replay(UUID.randomUUID().toString(), name, tables, force);
            replays.put(replay.id, replay);
            workers.submit(() -> replay.run(streaming, withHandlers.eventHandlerInvoker()));
            return replay.status();
        }
    }

    /** A replay's status. */
    public Status status(String projection, String id) {
        Replay replay = replays.get(id);
        if (replay == null || !replay.projection.equals(projection)) {
            throw new NotFound("replay", id);
        }
        return replay.status();
    }

    /** The tables of a projection, found once (from its reset handlers) and remembered. */
    public List<String> tables(String projection, EventHandlerInvoker invoker) {
        return tables.computeIfAbsent(projection, name -> tablesOf(invoker));
    }

    /** The tables a projection's reset handlers clear, found by recording what they would run (not running it). */
    static List<String> tablesOf(EventHandlerInvoker invoker) {
        if (!invoker.supportsReset()) {
            return List.of();
        }
        Sql.Redirect recording = Sql.Redirect.recording();
        try {
            Sql.redirected(recording, () -> {
                invoker.performReset();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot find the tables of a projection from its reset handler", e);
        }
        Set<String> tables = new LinkedHashSet<>();
        for (String statement : recording.recorded()) {
            Matcher truncate = TRUNCATE.matcher(statement);
            Matcher delete = DELETE.matcher(statement);
            if (truncate.matches()) {
                for (String table : truncate.group(1).split(",")) {
                    tables.add(table.strip());
                }
            } else if (delete.matches()) {
                tables.add(delete.group(1).strip());
            }
        }
        return List.copyOf(tables);
    }

    private final class Replay {
        final String id;
        final String projection;
        final List<String> tables;
        final boolean force;
        final Instant startedAt = Instant.now();
        final AtomicLong done = new AtomicLong();
        volatile Phase phase = Phase.REBUILDING;
        volatile long total;
        volatile Instant finishedAt;
        volatile Outcome outcome;
        volatile ShadowTables.Comparison comparison;
        volatile String error;

        Replay(String id, String projection, List<String> tables, boolean force) {
            this.id = id;
            this.projection = projection;
            this.tables = tables;
            this.force = force;
        }

        Status status() {
            Instant end = finishedAt == null ? Instant.now() : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
            long events = done.get();
            double rate = events / seconds;
            Long eta = null;
            if (phase.ordinal() >= Phase.DONE.ordinal()) {
                eta = 0L;
            } else if (phase == Phase.REBUILDING && rate > 0) {
                eta = (long) Math.ceil(Math.max(0, total - events) / rate);
            }
            ShadowTables.Comparison compared = comparison;
            return new Status(id, projection, phase, tables, events, Math.max(total, events),
                    Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt, outcome,
                    compared == null ? null : compared.differences(),
                    compared == null ? null : compared.first(), error);
        }

        void run(StreamingEventProcessor live, EventHandlerInvoker handlers) {
            Map<String, String> shadow = Map.of();
            boolean paused = false;
            try {
                shadow = shadows.create(tables, !allHandlers(handlers, batched -> !batched.readsTables()));
                Sql.Redirect toShadow = batched(handlers) ? Sql.Redirect.toShadowBatched(shadow)
                        : Sql.Redirect.toShadow(shadow);
                long head = axon.bulkReader().createHeadToken() instanceof GapAwareTrackingToken h ? h.getIndex() : -1;
                total = countUpTo(head);
                apply(handlers, toShadow, null, head, (event, index) -> true);
                phase = Phase.CATCHING_UP;
                awaitLivePast(live, head);
                live.shutdownAsync().join();
                paused = true;
                Map<Segment, TrackingToken> positions = positions(live.getName());
                long until = positions.values().stream().mapToLong(ProjectionReplays::index).max().orElse(head);
                apply(handlers, toShadow, GapAwareTrackingToken.newInstance(head, List.of()), until,
                        (event, index) -> handledLive(handlers, positions, event, index));
                phase = Phase.COMPARING;
                comparison = shadows.compare(shadow, REPORTED);
                if (comparison.differences() == 0) {
                    outcome = Outcome.EQUAL;
                } else if (force) {
                    Map<String, String> copy = shadow;
                    axon.transactionManager().executeInTransaction(() -> shadows.copyOverLive(copy));
                    outcome = Outcome.DIFFERENT_SWITCHED;
                } else {
                    outcome = Outcome.DIFFERENT_LIVE_KEPT;
                }
                phase = Phase.DONE;
            } catch (Exception | LinkageError e) {
                LOG.errorf(e, "replay %s of projection %s failed", id, projection);
                error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                phase = Phase.FAILED;
            } finally {
                if (paused) {
                    live.start();
                }
                try {
                    shadows.drop(shadow);
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
        private void apply(EventHandlerInvoker handlers, Sql.Redirect toShadow, TrackingToken from, long until,
                           Filter filter) throws Exception {
            int segmentCount = Math.max(1, settings.processors()
                    .getOrDefault(projection, settings.processorDefaults()).segments());
            Segment[] segments = Segment.computeSegments(java.util.stream.IntStream.range(0, segmentCount).toArray());
            List<BlockingQueue<Object>> queues = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            for (int i = 0; i < segmentCount; i++) {
                BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4 * BATCH);
                queues.add(queue);
                running.add(workers.submit(() -> {
                    work(queue, handlers, toShadow, failure);
                    return null;
                }));
            }
            try (Stream<? extends TrackedEventMessage<?>> stream = axon.bulkReader().readEvents(from, false)) {
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
        private void work(BlockingQueue<Object> queue, EventHandlerInvoker handlers, Sql.Redirect toShadow,
                          AtomicReference<Throwable> failure) throws InterruptedException {
            TransactionManager transactions = axon.transactionManager();
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
                    sql.flush();
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

        private void handle(EventHandlerInvoker handlers, Sql.Redirect toShadow, TrackedEventMessage<?> event)
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
    }

    /** Whether every handler of the projection lets its replay batch its writes ({@link BatchedReplay}). */
    static boolean batched(EventHandlerInvoker invoker) {
        return allHandlers(invoker, batched -> true);
    }

    /** Whether every handler of the projection is {@link BatchedReplay} and its promise passes the test. */
    static boolean allHandlers(EventHandlerInvoker invoker, java.util.function.Predicate<BatchedReplay> test) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return !multi.delegates().isEmpty() && multi.delegates().stream()
                    .allMatch(delegate -> allHandlers(delegate, test));
        }
        return invoker instanceof SimpleEventHandlerInvoker simple && !simple.eventHandlers().isEmpty()
                && simple.eventHandlers().stream().allMatch(handler -> {
                    BatchedReplay promise = (handler instanceof AnnotationEventHandlerAdapter adapter
                            ? adapter.getTargetType() : handler.getClass()).getAnnotation(BatchedReplay.class);
                    return promise != null && test.test(promise);
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

    private Map<Segment, TrackingToken> positions(String processor) {
        TokenStore tokens = axon.configuration().eventProcessingConfiguration().tokenStore(processor);
        return axon.transactionManager().fetchInTransaction(() -> {
            int[] ids = tokens.fetchSegments(processor);
            Map<Segment, TrackingToken> found = new java.util.HashMap<>();
            for (int id : ids) {
                Segment segment = Segment.computeSegment(id, ids);
                found.put(segment, WrappedToken.unwrapLowerBound(tokens.fetchToken(processor, id)));
                tokens.releaseClaim(processor, id);
            }
            return found;
        });
    }

    private long countUpTo(long head) {
        return sql.one("SELECT count(*) FROM " + axon.eventTable() + " WHERE global_index <= ?",
                rows -> rows.getLong(1), head).orElse(0L);
    }

    private static long index(TrackingToken token) {
        TrackingToken plain = WrappedToken.unwrapLowerBound(token);
        return plain instanceof GapAwareTrackingToken gapAware ? gapAware.getIndex()
                : plain == null ? -1 : plain.position().orElse(-1);
    }
}
