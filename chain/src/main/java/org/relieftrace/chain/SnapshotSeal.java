package org.relieftrace.chain;

/**
 * 快照封印 — the seal of one archived snapshot, in plain Java like {@link EventHash}: the hash of a
 * {@link CryptoSuite} (SHA-256 or SM3, hex) over, one per line, the aggregate's type and id, the sequence number the
 * snapshot stands at, the stored hash of the event at that sequence (which ties the snapshot to the hash chain), the
 * snapshot's payload type and revision and the canonical form of its state. The service signs the seal with its
 * checkpoint key, so a snapshot edited and sealed again without that key is found too.
 */
public final class SnapshotSeal {

    private SnapshotSeal() {
    }

    /** What a snapshot's seal is computed over. */
    public record Material(String aggregateType, String aggregateId, long sequence, String eventHash,
                           String payloadType, String payloadRevision, String canonicalState) {
    }

    /** The suite's hash (hex) over the material, one field per line. */
    public static String digest(CryptoSuite suite, Material m) {
        return suite.hash(String.join("\n", "relieftrace-snapshot/1", m.aggregateType(), m.aggregateId(),
                Long.toString(m.sequence()), m.eventHash() == null ? "" : m.eventHash(), m.payloadType(),
                m.payloadRevision() == null ? "" : m.payloadRevision(), m.canonicalState()));
    }

    /** The text a seal's signature covers. */
    public static String signedText(String seal, CryptoSuite suite) {
        return String.join("\n", "relieftrace-snapshot-seal/1", suite.name(), seal);
    }
}
