package org.relieftrace.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * 离线校验 — verifies the hash chains of an NDJSON export ({@code /audit/export}) without the services or the
 * database: plain Java and Jackson only, with the same {@link ChainCheck} and hashing code the services use. The
 * {@code verifier} module runs it from the command line. It also checks the signed checkpoints in the export: each
 * signature, with the published key of its suite when given, and the running hash of the exported events up to each
 * checkpoint. Every event and checkpoint is checked with the {@link CryptoSuite} it records.
 */
public final class OfflineVerification {

    /** What a line of the export is: the header, an event or a signed checkpoint (no kind: an event). */
    public static final String KIND = "kind";
    public static final String HEADER = "header";
    public static final String EVENT = "event";
    public static final String CHECKPOINT = "checkpoint";

    /** The fields of one event line. */
    public static final String GLOBAL_INDEX = "globalIndex";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String SEQUENCE = "sequence";
    public static final String EVENT_ID = "eventId";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String REVISION = "revision";
    public static final String PAYLOAD = "payload";
    public static final String META_DATA = "metaData";

    /** What was checked and what was found out of place; {@code keyIds} names the keys the checkpoints were checked
     * with, each after its suite (e.g. {@code SM 0123456789abcdef}), null when there was none. */
    public record Result(long eventsChecked, long aggregatesChecked, List<ChainCheck.Broken> broken,
                         long checkpointsChecked, List<CheckpointSeal.Broken> brokenCheckpoints, String keyIds) {
        public boolean intact() {
            return broken.isEmpty() && brokenCheckpoints.isEmpty();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);
    private final Map<CryptoSuite, PublicKey> publishedKeys = new EnumMap<>(CryptoSuite.class);

    /**
     * Checks checkpoints with the published public keys, each for the checkpoints of its suite (found from the key);
     * none: with the keys in the export's own header.
     */
    public OfflineVerification(PublicKey... published) {
        for (PublicKey key : published) {
            publishedKeys.put(CryptoSuite.ofPublicKey(CheckpointSeal.encode(key)), key);
        }
    }

    /**
     * Reads an export and checks every aggregate's chain from its first event.
     *
     * @param complete false for the export of a range of global indexes: an aggregate whose first exported event is
     *                 not its first event is then checked from that event on, anchored at its {@code prevHash}
     */
    public Result verify(BufferedReader export, boolean complete) throws IOException {
        Map<String, List<ChainCheck.Stored>> chains = new LinkedHashMap<>();
        List<CheckpointSeal.Broken> brokenCheckpoints = new ArrayList<>();
        long events = 0;
        long checkpoints = 0;
        Map<CryptoSuite, PublicKey> keys = new EnumMap<>(publishedKeys);
        String running = CheckpointSeal.GENESIS;
        long runningEvents = 0;
        long afterIndex = 0;
        String line;
        while ((line = export.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = mapper.readTree(line);
            String kind = event.path(KIND).asText(EVENT);
            if (kind.equals(HEADER)) {
                if (publishedKeys.isEmpty()) {
                    keys.putAll(headerKeys(event));
                }
                running = event.path("runningHashBefore").asText(CheckpointSeal.GENESIS);
                runningEvents = event.path("eventsBefore").asLong();
                afterIndex = Math.max(0, event.path("fromIndex").asLong(1) - 1);
                continue;
            }
            if (kind.equals(CHECKPOINT)) {
                checkpoints++;
                List<String> reasons = new ArrayList<>();
                CheckpointSeal.Checkpoint checkpoint = checkpoint(event, reasons);
                if (checkpoint.suite() != null) {
                    signature(checkpoint, keys).ifPresent(reasons::add);
                }
                if (!running.equals(checkpoint.runningHash()) || runningEvents != checkpoint.events()) {
                    reasons.add(CheckpointSeal.mismatch(afterIndex, checkpoint, runningEvents));
                    running = checkpoint.runningHash();
                    runningEvents = checkpoint.events();
                }
                if (!reasons.isEmpty()) {
                    brokenCheckpoints.add(new CheckpointSeal.Broken(checkpoint.globalIndex(), afterIndex,
                            String.join("; ", reasons)));
                }
                afterIndex = checkpoint.globalIndex();
                continue;
            }
            running = CheckpointSeal.next(textOrNull(event.path(META_DATA), EventMetadata.CHAIN_SUITE), running,
                    event.path(GLOBAL_INDEX).asLong(), textOrNull(event.path(META_DATA), EventMetadata.HASH));
            runningEvents++;
            ChainCheck.Stored stored = ChainCheck.Stored.of(canonical, mapper, textOrNull(event, AGGREGATE_TYPE),
                    event.path(AGGREGATE_ID).asText(), event.path(SEQUENCE).asLong(),
                    event.path(GLOBAL_INDEX).asLong(), event.path(EVENT_ID).asText(),
                    event.path(TIMESTAMP).asText(), event.path(PAYLOAD_TYPE).asText(), textOrNull(event, REVISION),
                    mapper.writeValueAsBytes(event.path(PAYLOAD)), mapper.writeValueAsBytes(event.path(META_DATA)));
            chains.computeIfAbsent(stored.aggregateId(), id -> new ArrayList<>()).add(stored);
            events++;
        }
        List<ChainCheck.Broken> broken = new ArrayList<>();
        for (List<ChainCheck.Stored> chain : chains.values()) {
            chain.sort(Comparator.comparingLong(ChainCheck.Stored::sequence));
            broken.addAll(ChainCheck.check(chain, complete));
        }
        return new Result(events, chains.size(), List.copyOf(broken), checkpoints, List.copyOf(brokenCheckpoints),
                keys.isEmpty() ? null : keys.entrySet().stream().map(k -> k.getKey() + " "
                        + k.getKey().keyId(k.getValue())).collect(Collectors.joining(", ")));
    }

    /** A checkpoint line; its suite is null, with the reason, when it names no known suite (none: INTERNATIONAL). */
    private static CheckpointSeal.Checkpoint checkpoint(JsonNode line, List<String> reasons) {
        String recorded = line.path("suite").asText("");
        CryptoSuite suite = null;
        try {
            suite = CryptoSuite.recorded(recorded);
        } catch (IllegalArgumentException e) {
            reasons.add("records an unknown crypto suite " + recorded + ": its signature cannot be checked");
        }
        return new CheckpointSeal.Checkpoint(line.path(GLOBAL_INDEX).asLong(), line.path("events").asLong(),
                line.path("runningHash").asText(), line.path("createdAt").asText(), line.path("keyId").asText(),
                line.path("signature").asText(), suite);
    }

    /** Why a checkpoint's signature does not hold with the key of its suite; empty when it holds. */
    private Optional<String> signature(CheckpointSeal.Checkpoint checkpoint, Map<CryptoSuite, PublicKey> keys) {
        String whose = publishedKeys.isEmpty() ? "export's" : "published";
        PublicKey key = keys.get(checkpoint.suite());
        if (key == null) {
            return Optional.of("no " + whose + " " + checkpoint.suite() + " key to check its "
                    + checkpoint.suite().signatureAlgorithm() + " signature with");
        }
        return checkpoint.signedBy(key) ? Optional.empty() : Optional.of("the signature does not match the"
                + " checkpoint with the " + whose + " " + checkpoint.suite() + " key");
    }

    /** The public keys an export's header names: {@code publicKeys} by suite, or the single {@code publicKey} of an
     * export made before suites (its suite found from the key). A key that cannot be read is left out. */
    private static Map<CryptoSuite, PublicKey> headerKeys(JsonNode header) {
        Map<CryptoSuite, PublicKey> keys = new EnumMap<>(CryptoSuite.class);
        JsonNode bySuite = header.path("publicKeys");
        for (Iterator<Map.Entry<String, JsonNode>> it = bySuite.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            try {
                CryptoSuite suite = CryptoSuite.recorded(entry.getKey());
                keys.put(suite, suite.publicKey(entry.getValue().asText()));
            } catch (IllegalArgumentException unreadable) {
                // the checkpoints of that suite are then reported as having no key
            }
        }
        String single = header.path("publicKey").asText("");
        if (keys.isEmpty() && !single.isEmpty()) {
            try {
                CryptoSuite suite = CryptoSuite.ofPublicKey(single);
                keys.put(suite, suite.publicKey(single));
            } catch (IllegalArgumentException unreadable) {
                // reported as above
            }
        }
        return keys;
    }

    /** Verifies and reports to {@code out}; answers the process exit code: 0 intact, 1 broken. */
    public int verifyAndReport(BufferedReader export, boolean complete, PrintStream out) throws IOException {
        Result result = verify(export, complete);
        for (ChainCheck.Broken broken : result.broken()) {
            out.printf("BROKEN aggregate=%s sequence=%d globalIndex=%d eventId=%s reason=%s%n", broken.aggregateId(),
                    broken.sequence(), broken.globalIndex(), broken.eventId(), broken.reason());
        }
        for (CheckpointSeal.Broken broken : result.brokenCheckpoints()) {
            out.printf("BROKEN checkpoint globalIndex=%d after=%d reason=%s%n", broken.globalIndex(),
                    broken.afterIndex(), broken.reason());
        }
        out.printf("%s: %d events of %d aggregates checked, %d broken; %d signed checkpoints checked (keys: %s),"
                        + " %d broken%n", result.intact() ? "INTACT" : "BROKEN", result.eventsChecked(),
                result.aggregatesChecked(), result.broken().size(), result.checkpointsChecked(), result.keyIds(),
                result.brokenCheckpoints().size());
        return result.intact() ? 0 : 1;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
