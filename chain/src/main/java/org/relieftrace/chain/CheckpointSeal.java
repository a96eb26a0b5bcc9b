package org.relieftrace.chain;

import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;

/**
 * 签名检查点 — the running hash over the global stream and the signed seal on it, in plain Java so that the services
 * that make checkpoints, the audit endpoint and the offline verifier compute them with the same code. The running hash
 * starts at {@link #GENESIS} and takes in, one event after the other in global order, each event's global index and
 * stored {@code hash}, hashed with the {@link CryptoSuite} that event records: an event edited, removed, inserted or
 * moved before a checkpoint changes the running hash the checkpoint signed. A checkpoint is signed with the signature
 * of the suite it records (Ed25519 or SM2), with that suite's key.
 */
public final class CheckpointSeal {

    /** The running hash before the first event of the stream. */
    public static final String GENESIS = "0".repeat(64);

    private CheckpointSeal() {
    }

    /** A signed checkpoint: the stream up to {@code globalIndex} ({@code events} events) has this running hash,
     * signed with the signature of {@code suite} by the key {@code keyId}. */
    public record Checkpoint(long globalIndex, long events, String runningHash, String createdAt, String keyId,
                             String signature, CryptoSuite suite) {

        /** Whether the signature is {@code key}'s signature of this checkpoint, in the checkpoint's suite. */
        public boolean signedBy(PublicKey key) {
            return suite.verify(key, signedText(), signature);
        }

        /** The text the signature is made over. */
        public String signedText() {
            return CheckpointSeal.signedText(globalIndex, events, runningHash, createdAt);
        }
    }

    /**
     * What making a checkpoint answers when nothing new has settled since the latest one: {@code NOTHING_NEW} naming
     * that checkpoint, or {@code NOTHING_SETTLED} (no {@code latest}) when no checkpoint was ever made because no
     * event has settled yet (the store is empty, or its events are younger than the settle time).
     */
    public record NothingNew(String outcome, String detail, Checkpoint latest) {

        /** The answer after {@code latest}, the newest checkpoint if any. */
        public static NothingNew after(Optional<Checkpoint> latest) {
            return latest.map(c -> new NothingNew("NOTHING_NEW", "No event has settled since the checkpoint at global"
                            + " index " + c.globalIndex() + "; nothing was sealed.", c))
                    .orElseGet(() -> new NothingNew("NOTHING_SETTLED", "No event has settled yet and no checkpoint"
                            + " was ever made; nothing was sealed.", null));
        }
    }

    /** A checkpoint whose running hash or signature does not match the events; {@code afterIndex} is the global
     * index of the checkpoint before it (0: the start of the stream). */
    public record Broken(long globalIndex, long afterIndex, String reason) {
    }

    /** Why a checkpoint's running hash does not match the events found. */
    public static String mismatch(long afterIndex, Checkpoint checkpoint, long eventsFound) {
        return "the events with a global index in (" + afterIndex + ", " + checkpoint.globalIndex() + "] do not"
                + " match the signed running hash (" + checkpoint.events() + " events signed, " + eventsFound
                + " found): an event there was edited, removed, inserted or moved";
    }

    /**
     * The running hash after one more event, hashed with the suite the event records ({@code eventSuite}, its
     * {@link EventMetadata#CHAIN_SUITE}; none: INTERNATIONAL). A name of no known suite is hashed as INTERNATIONAL:
     * the chain check names that event.
     */
    public static String next(String eventSuite, String running, long globalIndex, String eventHash) {
        CryptoSuite suite;
        try {
            suite = CryptoSuite.recorded(eventSuite);
        } catch (IllegalArgumentException unknown) {
            suite = CryptoSuite.INTERNATIONAL;
        }
        return suite.hash(running + "\n" + globalIndex + "\n" + (eventHash == null ? "" : eventHash));
    }

    /** The text a checkpoint's signature covers, one field per line. */
    public static String signedText(long globalIndex, long events, String runningHash, String createdAt) {
        return String.join("\n", "relieftrace-checkpoint/1", Long.toString(globalIndex), Long.toString(events),
                runningHash, createdAt);
    }

    /** The base64 X.509 encoding of a public key. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
