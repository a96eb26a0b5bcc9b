package org.relieftrace.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.metadata.CanonicalJson;

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

    /** The outcome of verifying several aggregates and the signed checkpoints of the stream. */
    public record Report(long eventsChecked, long aggregatesChecked, boolean intact, List<ChainCheck.Broken> broken,
                         long checkpointsChecked, List<CheckpointSeal.Broken> brokenCheckpoints) {
    }

    private static final String COLUMNS = "type, aggregate_identifier, sequence_number, global_index,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";

    @Inject
    DataSource dataSource;

    @Inject
    AxonRuntime axon;

    @Inject
    Checkpoints checkpoints;

    /** Verifies the whole chain of one aggregate. */
    public Verdict verify(String aggregateId) {
        Report report = run("SELECT " + COLUMNS + " FROM " + axon.eventTable()
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", aggregateId);
        return new Verdict(aggregateId, (int) report.eventsChecked(), report.broken());
    }

    /**
     * Verifies, from its first event, the chain of every aggregate that has events with a global index in the range
     * (either bound may be null: open).
     */
    public Report verifyRange(Long fromIndex, Long toIndex) {
        String table = axon.eventTable();
        Report chains = run("SELECT " + COLUMNS + " FROM " + table + " WHERE aggregate_identifier IN (SELECT"
                        + " aggregate_identifier FROM " + table + " WHERE global_index >= ? AND global_index <= ?)"
                        + " ORDER BY aggregate_identifier, sequence_number",
                fromIndex == null ? Long.MIN_VALUE : fromIndex, toIndex == null ? Long.MAX_VALUE : toIndex);
        Checkpoints.Report sealed = checkpoints.verify(fromIndex, toIndex);
        return new Report(chains.eventsChecked(), chains.aggregatesChecked(),
                chains.intact() && sealed.broken().isEmpty(), chains.broken(), sealed.checkpointsChecked(),
                sealed.broken());
    }

    private Report run(String sql, Object... values) {
        ObjectMapper mapper = axon.objectMapper();
        CanonicalJson canonical = new CanonicalJson(mapper);
        List<ChainCheck.Broken> broken = new ArrayList<>();
        long events = 0;
        long aggregates = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1000);
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<ChainCheck.Stored> chain = new ArrayList<>();
                    String current = null;
                    while (rows.next()) {
                        ChainCheck.Stored event = ChainCheck.Stored.of(canonical, mapper, rows.getString(1),
                                rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getString(5),
                                rows.getString(6), rows.getString(7), rows.getString(8), rows.getBytes(9),
                                rows.getBytes(10));
                        if (current != null && !current.equals(event.aggregateId())) {
                            broken.addAll(ChainCheck.check(chain, true));
                            chain.clear();
                        }
                        if (chain.isEmpty()) {
                            aggregates++;
                        }
                        current = event.aggregateId();
                        chain.add(event);
                        events++;
                    }
                    broken.addAll(ChainCheck.check(chain, true));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
        return new Report(events, aggregates, broken.isEmpty(), List.copyOf(broken), 0, List.of());
    }
}
