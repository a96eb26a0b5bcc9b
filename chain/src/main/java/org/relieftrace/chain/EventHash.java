package org.relieftrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one event in its aggregate's chain, in plain Java so that the service that stamps events, the audit
 * endpoint and the offline verifier compute it with the same code: SHA-256 (hex) over, one per line, the previous
 * hash, the event's identity, its canonical payload and its canonical metadata without the hash.
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

    /** SHA-256 (hex) over the material, one field per line. */
    public static String digest(Material m) {
        String text = String.join("\n", m.prevHash(), m.aggregateType(), m.aggregateId(),
                Long.toString(m.sequence()), m.eventId(), m.timestamp(), m.payloadType(),
                m.payloadRevision() == null ? "" : m.payloadRevision(), m.canonicalPayload(), m.canonicalMetaData());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
