package org.relieftrace.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.chain.ChainCheck;
import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.chain.CanonicalJson;

/**
 * 防篡改校验 — recomputes aggregates' hash chains from the stored rows of the event store, exactly as an offline
 * verifier with plain SQL access would ({@link ChainCheck}), and names every event whose stored hash, link or
 * sequence number does not match.
 */
@ApplicationScoped
public class ChainVerifier {

    /** The outcome for one aggregate: how many events were checked and the events found out of place. */
    public record Verdict(String aggregateId, int eventsChecked, List<ChainCheck.Broken> broken) {

        public boolean intact() {
            return broken.isEmpty();
        }

        /** The sequence number of the first broken event, if any. */
        public Optional<Long> firstBrokenSequence() {
            return broken.stream().findFirst().map(ChainCheck.Broken::sequence);
        }

        /** Why the first broken event is out of place, or {@code intact}. */
        public String reason() {
            return broken.stream().findFirst().map(ChainCheck.Broken::reason).orElse("intact");
        }
    }

    /** The outcome of verifying several aggregates, the signed checkpoints of the stream and the aggregates'
     * archived snapshots (those whose seal does not match in {@code brokenSnapshots}). */
    public record Report(long eventsChecked, long aggregatesChecked, boolean intact, List<ChainCheck.Broken> broken,
                         long checkpointsChecked, List<CheckpointSeal.Broken> brokenCheckpoints,
                         long snapshotsChecked, List<SnapshotSeals.Broken> brokenSnapshots) {
    }

    private static final int IN_FLIGHT = 64;
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "chain-verifier");
                thread.setDaemon(true);
                return thread;
            });

    private static final String COLUMNS = "type, aggregate_identifier, sequence_number, global_index,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";

    @Inject
    DataSource dataSource;

    @Inject
    AxonRuntime axon;

    @Inject
    Checkpoints checkpoints;

    @Inject
    SnapshotSeals seals;

    /** Verifies the whole chain of one aggregate. */
    public Verdict verify(String aggregateId) {
        Report report = run("SELECT " + COLUMNS + " FROM " + axon.eventTable()
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", aggregateId);
        return new Verdict(aggregateId, (int) report.eventsChecked(), report.broken());
    }

    /** Verifies the whole chain of one aggregate and its archived snapshots. */
    public Report verifyWithSnapshots(String aggregateId) {
        Verdict verdict = verify(aggregateId);
        SnapshotSeals.Report snapshots = seals.verify(aggregateId);
        return new Report(verdict.eventsChecked(), verdict.eventsChecked() == 0 ? 0 : 1,
                verdict.intact() && snapshots.broken().isEmpty(), verdict.broken(), 0, List.of(),
                snapshots.snapshotsChecked(), snapshots.broken());
    }

    /**
     * Verifies, from its first event, the chain of every aggregate that has events with a global index in the range
     * (either bound may be null: open).
     */
    public Report verifyRange(Long fromIndex, Long toIndex) {
        String table = axon.eventTable();
        // the signed checkpoints are checked at the same time, on their own connection
        java.util.concurrent.CompletableFuture<Checkpoints.Report> checking = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> checkpoints.verify(fromIndex, toIndex));
        Report chains = fromIndex == null && toIndex == null
                ? run("SELECT " + COLUMNS + " FROM " + table + " ORDER BY aggregate_identifier, sequence_number")
                : run("SELECT " + COLUMNS + " FROM " + table + " WHERE aggregate_identifier IN (SELECT"
                        + " aggregate_identifier FROM " + table + " WHERE global_index >= ? AND global_index <= ?)"
                        + " ORDER BY aggregate_identifier, sequence_number",
                fromIndex == null ? Long.MIN_VALUE : fromIndex, toIndex == null ? Long.MAX_VALUE : toIndex);
        Checkpoints.Report sealed;
        try {
            sealed = checking.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        SnapshotSeals.Report snapshots = seals.verifyRange(fromIndex, toIndex);
        return new Report(chains.eventsChecked(), chains.aggregatesChecked(),
                chains.intact() && sealed.broken().isEmpty() && snapshots.broken().isEmpty(), chains.broken(),
                sealed.checkpointsChecked(), sealed.broken(), snapshots.snapshotsChecked(), snapshots.broken());
    }

    /** One stored row as read, canonicalized and checked on a worker thread. */
    private record Row(String type, String aggregateId, long sequence, long globalIndex, String eventId,
                       String timestamp, String payloadType, String revision, byte[] payload, byte[] metaData) {
    }

    /** Reads the rows on this thread and checks each aggregate's chain on the workers, reporting in read order. */
    private Report run(String sql, Object... values) {
        ObjectMapper mapper = axon.objectMapper();
        CanonicalJson canonical = new CanonicalJson(mapper);
        List<ChainCheck.Broken> broken = new ArrayList<>();
        Deque<Future<List<ChainCheck.Broken>>> checking = new ArrayDeque<>();
        long events = 0;
        long aggregates = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(5000);
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<Row> chain = new ArrayList<>();
                    while (rows.next()) {
                        Row row = new Row(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getBytes(9), rows.getBytes(10));
                        if (!chain.isEmpty() && !chain.get(0).aggregateId().equals(row.aggregateId())) {
                            submit(List.copyOf(chain), canonical, mapper, checking, broken);
                            chain.clear();
                        }
                        if (chain.isEmpty()) {
                            aggregates++;
                        }
                        chain.add(row);
                        events++;
                    }
                    submit(List.copyOf(chain), canonical, mapper, checking, broken);
                    while (!checking.isEmpty()) {
                        broken.addAll(checking.poll().get());
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot verify a chain", e.getCause());
        }
        return new Report(events, aggregates, broken.isEmpty(), List.copyOf(broken), 0, List.of(), 0, List.of());
    }

    private void submit(List<Row> chain, CanonicalJson canonical, ObjectMapper mapper,
                        Deque<Future<List<ChainCheck.Broken>>> checking, List<ChainCheck.Broken> broken)
            throws InterruptedException, ExecutionException {
        if (chain.isEmpty()) {
            return;
        }
        checking.add(WORKERS.submit(() -> ChainCheck.check(chain.stream().map(row -> ChainCheck.Stored.of(canonical,
                mapper, row.type(), row.aggregateId(), row.sequence(), row.globalIndex(), row.eventId(),
                row.timestamp(), row.payloadType(), row.revision(), row.payload(), row.metaData())).toList(), true)));
        while (checking.size() > IN_FLIGHT) {
            broken.addAll(checking.poll().get());
        }
    }
}
