package org.relieftrace.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.chain.SnapshotSeal;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.axon.SnapshotStored;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 快照封印 — seals archived snapshots ({@link SnapshotSeal}: a hash of the deployment's suite over the aggregate, the
 * sequence the snapshot stands at, the stored hash of the event there and its canonical state, signed with the
 * service's checkpoint key) and checks them. A snapshot Axon stores is sealed in the transaction that stores it;
 * the archive fills and the checkpoint job seal what is left unsealed (snapshots archived before seals existed).
 */
@ApplicationScoped
public class SnapshotSeals {

    private static final Logger LOG = Logger.getLogger(SnapshotSeals.class);

    /** An archived snapshot out of place: its aggregate, the sequence it says it stands at and why. */
    public record Broken(String aggregateType, String aggregateId, long sequence, String reason) {
    }

    /** The outcome of checking archived snapshots. */
    public record Report(long snapshotsChecked, List<Broken> broken) {
    }

    /** One archived snapshot with its seal and the hash and time of the event at its sequence (null: none). */
    record Archived(String aggregateType, String aggregateId, long sequence, String payloadType, String revision,
                    byte[] payload, String seal, String suite, String keyId, String signature, String eventHash,
                    String eventTimestamp) {
    }

    private static final String SELECT = "SELECT a.type, a.aggregate_identifier, a.sequence_number, a.payload_type,"
            + " a.payload_revision, a.payload, a.seal, a.seal_suite, a.seal_key_id, a.seal_signature,"
            + " convert_from(e.meta_data, 'UTF8')::jsonb ->> '" + EventMetadata.HASH + "', e.time_stamp FROM ";

    @Inject
    Sql sql;

    @Inject
    AxonRuntime axon;

    @Inject
    AxonSettings settings;

    @Inject
    CheckpointKeys keys;

    /** Seals the snapshot Axon has just stored, in its transaction; left for the next checkpoint if that fails. */
    void onStored(@Observes SnapshotStored stored) {
        try {
            sealPending(stored.aggregateId());
        } catch (RuntimeException e) {
            LOG.warnf(e, "cannot seal the snapshot of %s at %d now; the next checkpoint seals it",
                    stored.aggregateId(), stored.sequence());
        }
    }

    /** Seals the unsealed archived snapshots of one aggregate (null: of every aggregate); returns how many. */
    public int sealPending(String aggregateId) {
        int sealed = 0;
        for (Archived row : read(" WHERE a.seal IS NULL" + (aggregateId == null ? "" : " AND a.aggregate_identifier = ?"),
                aggregateId == null ? new Object[0] : new Object[] {aggregateId})) {
            if (row.eventHash() == null) {
                continue;
            }
            CryptoSuite suite = keys.signingSuite();
            String seal = SnapshotSeal.digest(suite, material(row));
            sealed += sql.update("UPDATE " + table() + " SET seal = ?, seal_suite = ?, seal_key_id = ?,"
                            + " seal_signature = ? WHERE aggregate_identifier = ? AND sequence_number = ?"
                            + " AND seal IS NULL", seal, suite.name(), keys.published(suite).keyId(),
                    keys.sign(SnapshotSeal.signedText(seal, suite)), row.aggregateId(), row.sequence());
        }
        return sealed;
    }

    /** The archived snapshots of one aggregate, newest first, of a payload type and revision. */
    List<Archived> of(String aggregateId, String payloadType, String revision) {
        return read(" WHERE a.aggregate_identifier = ? AND a.payload_type = ?"
                + " AND a.payload_revision IS NOT DISTINCT FROM ? ORDER BY a.sequence_number DESC",
                aggregateId, payloadType, revision);
    }

    /** Checks the archived snapshots of one aggregate. */
    public Report verify(String aggregateId) {
        return check(read(" WHERE a.aggregate_identifier = ? ORDER BY a.sequence_number", aggregateId));
    }

    /** Checks the archived snapshots of every aggregate with events in the range of global indexes (null: open). */
    public Report verifyRange(Long fromIndex, Long toIndex) {
        if (fromIndex == null && toIndex == null) {
            return check(read(" ORDER BY a.aggregate_identifier, a.sequence_number"));
        }
        return check(read(" WHERE a.aggregate_identifier IN (SELECT aggregate_identifier FROM " + axon.eventTable()
                        + " WHERE global_index >= ? AND global_index <= ?) ORDER BY a.aggregate_identifier,"
                        + " a.sequence_number", fromIndex == null ? Long.MIN_VALUE : fromIndex,
                toIndex == null ? Long.MAX_VALUE : toIndex));
    }

    /** Why an archived snapshot may not be trusted; empty when its seal and signature match it. */
    Optional<String> problem(Archived row) {
        if (row.seal() == null) {
            return Optional.of("is not sealed");
        }
        if (row.eventHash() == null) {
            return Optional.of("stands at no stored event of its aggregate: its sequence number was edited");
        }
        CryptoSuite suite;
        try {
            suite = CryptoSuite.recorded(row.suite());
        } catch (IllegalArgumentException unknown) {
            return Optional.of("records an unknown crypto suite " + row.suite());
        }
        String expected;
        try {
            expected = SnapshotSeal.digest(suite, material(row));
        } catch (IllegalArgumentException notJson) {
            return Optional.of("its state is not JSON: it was edited");
        }
        if (!expected.equals(row.seal())) {
            return Optional.of("does not match its seal: its state, sequence or event was edited");
        }
        String keyId = keys.published(suite).keyId();
        if (!keyId.equals(row.keyId())) {
            return Optional.of("sealed with key " + row.keyId() + ", not the published " + suite + " key " + keyId);
        }
        return suite.verify(keys.publicKey(suite), SnapshotSeal.signedText(row.seal(), suite), row.signature())
                ? Optional.empty() : Optional.of("the signature does not match its seal: it was sealed again");
    }

    private Report check(List<Archived> rows) {
        List<Broken> broken = new ArrayList<>();
        for (Archived row : rows) {
            problem(row).ifPresent(reason -> broken.add(new Broken(row.aggregateType(), row.aggregateId(),
                    row.sequence(), reason)));
        }
        return new Report(rows.size(), List.copyOf(broken));
    }

    private SnapshotSeal.Material material(Archived row) {
        return new SnapshotSeal.Material(row.aggregateType(), row.aggregateId(), row.sequence(), row.eventHash(),
                row.payloadType(), row.revision(), new CanonicalJson(axon.objectMapper()).ofJson(row.payload()));
    }

    private List<Archived> read(String where, Object... values) {
        return sql.list(SELECT + table() + " a LEFT JOIN " + axon.eventTable() + " e ON e.aggregate_identifier"
                + " = a.aggregate_identifier AND e.sequence_number = a.sequence_number" + where, SnapshotSeals::row,
                values);
    }

    private static Archived row(ResultSet rows) throws SQLException {
        return new Archived(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                rows.getString(5), rows.getBytes(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getString(11), rows.getString(12));
    }

    private String table() {
        return settings.eventStoreSchema() + ".snapshot_archive";
    }
}
