package org.relieftrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * 签名检查点 — the running hash over the global stream and the Ed25519 seal on it, in plain Java so that the services
 * that make checkpoints, the audit endpoint and the offline verifier compute them with the same code. The running hash
 * starts at {@link #GENESIS} and takes in, one event after the other in global order, each event's global index and
 * stored {@code hash}: an event edited, removed, inserted or moved before a checkpoint changes the running hash the
 * checkpoint signed.
 */
public final class CheckpointSeal {

    /** The running hash before the first event of the stream. */
    public static final String GENESIS = "0".repeat(64);

    /** The signature algorithm (JDK built-in). */
    public static final String ALGORITHM = "Ed25519";

    private CheckpointSeal() {
    }

    /** A signed checkpoint: the stream up to {@code globalIndex} ({@code events} events) has this running hash. */
    public record Checkpoint(long globalIndex, long events, String runningHash, String createdAt, String keyId,
                             String signature) {

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

    /** The running hash after one more event. */
    public static String next(String running, long globalIndex, String eventHash) {
        return sha256(running + "\n" + globalIndex + "\n" + (eventHash == null ? "" : eventHash));
    }

    /** The text a checkpoint's signature covers, one field per line. */
    public static String signedText(long globalIndex, long events, String runningHash, String createdAt) {
        return String.join("\n", "relieftrace-checkpoint/1", Long.toString(globalIndex), Long.toString(events),
                runningHash, createdAt);
    }

    /** The Ed25519 signature (base64) of a text. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether the signature (base64) is the key's signature of the text. */
    public static boolean verify(PublicKey key, String text, String signature) {
        try {
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            check.update(text.getBytes(StandardCharsets.UTF_8));
            return check.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A private key from its base64 PKCS#8 encoding. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** A public key from its base64 X.509 encoding. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    /** The base64 X.509 encoding of a public key. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A short id of a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
