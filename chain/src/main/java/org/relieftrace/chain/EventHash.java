package org.relieftrace.chain;

/**
 * The hash of one event in its aggregate's chain, in plain Java so that the service that stamps events, the audit
 * endpoint and the offline verifier compute it with the same code: the hash of the event's {@link CryptoSuite} (hex;
 * SHA-256 or SM3) over, one per line, the previous hash, the event's identity, its canonical payload and its canonical
 * metadata without the hash (which names the suite, {@link EventMetadata#CHAIN_SUITE}; none: INTERNATIONAL).
 */
public final class EventHash {

    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);

    private EventHash() {
    }

    /** What one event's hash is computed over; {@code aggregateType} and {@code aggregateId} are empty for events
     * published outside an aggregate, with sequence -1. */
    public record Material(String prevHash, String aggregateType, String aggregateId, long sequence, String eventId,
                           String timestamp, String payloadType, String payloadRevision, String canonicalPayload,
                           String canonicalMetaData) {
    }

    /** The {@link CryptoSuite#INTERNATIONAL} hash (SHA-256, hex) over the material: an event recording no suite. */
    public static String digest(Material m) {
        return digest(CryptoSuite.INTERNATIONAL, m);
    }

    /** The suite's hash (hex) over the material, one field per line. */
    public static String digest(CryptoSuite suite, Material m) {
        String text = String.join("\n", m.prevHash(), m.aggregateType(), m.aggregateId(),
                Long.toString(m.sequence()), m.eventId(), m.timestamp(), m.payloadType(),
                m.payloadRevision() == null ? "" : m.payloadRevision(), m.canonicalPayload(), m.canonicalMetaData());
        return suite.hash(text);
    }
}
