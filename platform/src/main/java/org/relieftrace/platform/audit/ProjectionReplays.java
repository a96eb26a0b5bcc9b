package org.relieftrace.platform.audit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import io.quarkus.runtime.ShutdownEvent;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.BatchedReplay;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlRedirect;

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

    private static final Pattern TRUNCATE = Pattern.compile("(?is)^\\s*TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(.+?)"
            + "(?:\\s+(?:RESTART|CONTINUE|CASCADE|RESTRICT)\\b.*)?;?\\s*$");
    private static final Pattern DELETE = Pattern.compile("(?is)^\\s*DELETE\\s+FROM\\s+(?:ONLY\\s+)?([\\w.\"]+).*");

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

    private final Map<String, ProjectionReplay> replays = new ConcurrentHashMap<>();
    private final Map<String, List<String>> tables = new ConcurrentHashMap<>();
    final ExecutorService workers = Executors.newCachedThreadPool(r -> {
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
            ProjectionReplay replay = new ProjectionReplay(this, UUID.randomUUID().toString(), name, tables, force);
            replays.put(replay.id, replay);
            workers.submit(() -> replay.run(streaming, withHandlers.eventHandlerInvoker()));
            return replay.status();
        }
    }

    /** A replay's status. */
    public Status status(String projection, String id) {
        ProjectionReplay replay = replays.get(id);
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
        SqlRedirect recording = SqlRedirect.recording();
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

    /** Where each segment of the live processor stands, its claims released. */
    Map<Segment, TrackingToken> positions(String processor) {
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

    /** How many events the stream holds up to the global index. */
    long countUpTo(long head) {
        return sql.one("SELECT count(*) FROM " + axon.eventTable() + " WHERE global_index <= ?",
                rows -> rows.getLong(1), head).orElse(0L);
    }
}
