package org.relieftrace.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CheckpointSeal.Checkpoint;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 签名检查点 — periodically seals the global event stream: the running hash ({@link CheckpointSeal}) over every event
 * up to the newest settled global index, signed with the service's key of the deployment's crypto suite
 * ({@link CheckpointKeys}: Ed25519 or SM2), kept in the service's schema with the suite. Verifying recomputes the
 * running hash from the stored events and checks each checkpoint and its signature, in the suite it records.
 */
@ApplicationScoped
public class Checkpoints {

    private static final Logger LOG = Logger.getLogger(Checkpoints.class);

    /** The outcome of checking the checkpoints in a range. */
    public record Report(long checkpointsChecked, List<CheckpointSeal.Broken> broken) {
    }

    /** The running hash and event count just before a global index. */
    public record Anchor(long beforeIndex, long events, String runningHash) {
    }

    private static final String COLUMNS = "global_index, events, running_hash, created_at, key_id, signature, suite";

    @Inject
    DataSource dataSource;

    @Inject
    Sql sql;

    @Inject
    AxonRuntime axon;

    @Inject
    AxonSettings settings;

    @Inject
    CheckpointKeys keys;

    @Inject
    SnapshotSeals seals;

    @ConfigProperty(name = "audit.checkpoints.interval", defaultValue = "PT5M")
    Duration interval;

    @ConfigProperty(name = "audit.checkpoints.settle", defaultValue = "PT10S")
    Duration settle;

    private ScheduledExecutorService timer;

    void onStart(@Observes StartupEvent event) {
        keys.checkAtStart();
        if (!interval.isZero() && !interval.isNegative()) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-checkpoints").daemon()
                    .factory());
            timer.scheduleWithFixedDelay(this::makeQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * Seals the stream up to its newest event older than the settle time (events still committing may take a lower
     * global index), continuing the running hash of the latest checkpoint; empty when nothing new has settled (then
     * nothing is written: no checkpoint, no event). Archived snapshots left unsealed are sealed first.
     */
    public synchronized Optional<Checkpoint> make() {
        seals.sealPending(null);
        Anchor last = latest().map(c -> new Anchor(c.globalIndex() + 1, c.events(), c.runningHash()))
                .orElse(new Anchor(0, 0, CheckpointSeal.GENESIS));
        Optional<Long> upTo = sql.one("SELECT max(global_index) FROM " + axon.eventTable()
                        + " WHERE global_index >= ? AND time_stamp::timestamptz <= ?::timestamptz",
                rows -> rows.getObject(1) == null ? null : rows.getLong(1), last.beforeIndex(),
                Instant.now().minus(settle).toString());
        if (upTo.isEmpty()) {
            return Optional.empty();
        }
        Anchor sealed = advance(last, upTo.get() + 1);
        String createdAt = Instant.now().toString();
        String text = CheckpointSeal.signedText(upTo.get(), sealed.events(), sealed.runningHash(), createdAt);
        CryptoSuite suite = keys.signingSuite();
        Checkpoint checkpoint = new Checkpoint(upTo.get(), sealed.events(), sealed.runningHash(), createdAt,
                keys.published(suite).keyId(), keys.sign(text), suite);
        sql.update("INSERT INTO " + table() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (global_index) DO NOTHING", checkpoint.globalIndex(), checkpoint.events(),
                checkpoint.runningHash(), checkpoint.createdAt(), checkpoint.keyId(), checkpoint.signature(),
                suite.name());
        return Optional.of(checkpoint);
    }

    /** The checkpoints with a global index in the range (null: open), oldest first, a page of them. */
    public ListPage<Checkpoint> list(Long fromIndex, Long toIndex, int page, int size) {
        String where = " WHERE global_index >= ? AND global_index <= ?";
        long total = sql.one("SELECT count(*) FROM " + table() + where, rows -> rows.getLong(1), low(fromIndex),
                high(toIndex)).orElse(0L);
        List<Checkpoint> found = sql.list("SELECT " + COLUMNS + " FROM " + table() + where
                + " ORDER BY global_index LIMIT ? OFFSET ?", Checkpoints::read,
                low(fromIndex), high(toIndex), size, (long) page * size);
        return new ListPage<>(found, page, size, total);
    }

    /** The running hash over every event before {@code index}, from the latest checkpoint before it. */
    public Anchor anchorBefore(Long index) {
        if (index == null || index <= 0) {
            return new Anchor(0, 0, CheckpointSeal.GENESIS);
        }
        Anchor start = sql.one("SELECT global_index, events, running_hash FROM " + table() + " WHERE global_index < ?"
                        + " ORDER BY global_index DESC LIMIT 1",
                rows -> new Anchor(rows.getLong(1) + 1, rows.getLong(2), rows.getString(3)), index)
                .orElse(new Anchor(0, 0, CheckpointSeal.GENESIS));
        return advance(start, index);
    }

    /**
     * Checks every checkpoint with a global index in the range: its signature, and its running hash recomputed from
     * the stored events, starting at the latest checkpoint before the range (whose signature is checked too).
     */
    public Report verify(Long fromIndex, Long toIndex) {
        List<Checkpoint> sealed = new ArrayList<>();
        Optional<Checkpoint> before = fromIndex == null ? Optional.empty() : sql.one("SELECT " + COLUMNS + " FROM "
                + table() + " WHERE global_index < ?"
                + " ORDER BY global_index DESC LIMIT 1", Checkpoints::read, fromIndex);
        before.ifPresent(sealed::add);
        sealed.addAll(sql.list("SELECT " + COLUMNS + " FROM " + table()
                + " WHERE global_index >= ? AND global_index <= ? ORDER BY global_index",
                Checkpoints::read, low(fromIndex), high(toIndex)));
        List<CheckpointSeal.Broken> broken = new ArrayList<>();
        Anchor running = new Anchor(0, 0, CheckpointSeal.GENESIS);
        long afterIndex = 0;
        Iterator<Checkpoint> each = sealed.iterator();
        if (before.isPresent()) {
            Checkpoint anchor = each.next();
            signature(anchor).ifPresent(reason -> broken.add(new CheckpointSeal.Broken(anchor.globalIndex(), 0,
                    reason)));
            running = new Anchor(anchor.globalIndex() + 1, anchor.events(), anchor.runningHash());
            afterIndex = anchor.globalIndex();
        }
        while (each.hasNext()) {
            Checkpoint checkpoint = each.next();
            running = advance(running, checkpoint.globalIndex() + 1);
            List<String> reasons = new ArrayList<>();
            signature(checkpoint).ifPresent(reasons::add);
            if (!running.runningHash().equals(checkpoint.runningHash()) || running.events() != checkpoint.events()) {
                reasons.add(CheckpointSeal.mismatch(afterIndex, checkpoint, running.events()));
            }
            if (!reasons.isEmpty()) {
                broken.add(new CheckpointSeal.Broken(checkpoint.globalIndex(), afterIndex, String.join("; ", reasons)));
                // go on from what was signed, so that each later checkpoint speaks for its own stretch
                running = new Anchor(checkpoint.globalIndex() + 1, checkpoint.events(), checkpoint.runningHash());
            }
            afterIndex = checkpoint.globalIndex();
        }
        return new Report(sealed.size(), List.copyOf(broken));
    }

    private Optional<String> signature(Checkpoint checkpoint) {
        if (checkpoint.suite() == null) {
            return Optional.of("records an unknown crypto suite: its signature cannot be checked");
        }
        String keyId = keys.published(checkpoint.suite()).keyId();
        if (!checkpoint.keyId().equals(keyId)) {
            return Optional.of("signed with key " + checkpoint.keyId() + ", not the published " + checkpoint.suite()
                    + " key " + keyId);
        }
        return checkpoint.signedBy(keys.publicKey(checkpoint.suite())) ? Optional.empty()
                : Optional.of("the signature does not match the checkpoint: the checkpoint was edited");
    }

    /** The running hash from {@code from} on over every stored event before {@code beforeIndex}. */
    private Anchor advance(Anchor from, long beforeIndex) {
        String running = from.runningHash();
        long events = from.events();
        String query = "SELECT global_index, meta ->> '" + EventMetadata.HASH + "', meta ->> '"
                + EventMetadata.CHAIN_SUITE + "' FROM (SELECT global_index, convert_from(meta_data, 'UTF8')::jsonb"
                + " AS meta FROM " + axon.eventTable() + " WHERE global_index >= ? AND global_index < ?) AS e"
                + " ORDER BY global_index";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setFetchSize(5000);
                statement.setLong(1, from.beforeIndex());
                statement.setLong(2, beforeIndex);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        running = CheckpointSeal.next(rows.getString(3), running, rows.getLong(1),
                                rows.getString(2));
                        events++;
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
        return new Anchor(beforeIndex, events, running);
    }

    /** The newest checkpoint, empty when none was ever made. */
    public Optional<Checkpoint> latest() {
        return sql.one("SELECT " + COLUMNS + " FROM " + table() + " ORDER BY global_index DESC LIMIT 1",
                Checkpoints::read);
    }

    private void makeQuietly() {
        try {
            make().ifPresent(c -> LOG.debugf("checkpoint at global index %d", c.globalIndex()));
        } catch (RuntimeException e) {
            LOG.warn("cannot make an audit checkpoint now", e);
        }
    }

    private String table() {
        return settings.schema() + ".audit_checkpoint";
    }

    /** A stored checkpoint; its suite is null when the row names no known suite. */
    private static Checkpoint read(ResultSet rows) throws SQLException {
        CryptoSuite suite;
        try {
            suite = CryptoSuite.recorded(rows.getString(7));
        } catch (IllegalArgumentException unknown) {
            suite = null;
        }
        return new Checkpoint(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), suite);
    }

    private static long low(Long index) {
        return index == null ? Long.MIN_VALUE : index;
    }

    private static long high(Long index) {
        return index == null ? Long.MAX_VALUE : index;
    }
}
