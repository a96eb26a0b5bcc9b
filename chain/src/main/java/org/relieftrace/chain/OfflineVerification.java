package org.relieftrace.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * 离线校验 — verifies the hash chains of an NDJSON export ({@code /audit/export}) without the services or the
 * database: plain Java and Jackson only, with the same {@link ChainCheck} and hashing code the services use. The
 * {@code verifier} module runs it from the command line. It also checks the signed checkpoints in the export: each
 * signature, with the published key when given, and the running hash of the exported events up to each checkpoint.
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

    /** What was checked and what was found out of place; {@code keyId} is the key the checkpoints were checked
     * with. */
    public record Result(long eventsChecked, long aggregatesChecked, List<ChainCheck.Broken> broken,
                         long checkpointsChecked, List<CheckpointSeal.Broken> brokenCheckpoints, String keyId) {
        public boolean intact() {
            return broken.isEmpty() && brokenCheckpoints.isEmpty();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);
    private final PublicKey trustedKey;

    /** Checks checkpoints with the public key in the export's own header. */
    public OfflineVerification() {
        this(null);
    }

    /** Checks checkpoints with the published public key (null: the key in the export's header). */
    public OfflineVerification(PublicKey trustedKey) {
        this.trustedKey = trustedKey;
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
        PublicKey key = trustedKey;
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
                if (key == null) {
                    key = CheckpointSeal.publicKey(event.path("publicKey").asText());
                }
                running = event.path("runningHashBefore").asText(CheckpointSeal.GENESIS);
                runningEvents = event.path("eventsBefore").asLong();
                afterIndex = Math.max(0, event.path("fromIndex").asLong(1) - 1);
                continue;
            }
            if (kind.equals(CHECKPOINT)) {
                CheckpointSeal.Checkpoint checkpoint = new CheckpointSeal.Checkpoint(
                        event.path(GLOBAL_INDEX).asLong(), event.path("events").asLong(),
                        event.path("runningHash").asText(), event.path("createdAt").asText(),
                        event.path("keyId").asText(), event.path("signature").asText());
                checkpoints++;
                List<String> reasons = new ArrayList<>();
                if (key == null || !CheckpointSeal.verify(key, checkpoint.signedText(), checkpoint.signature())) {
                    reasons.add("the signature does not match the checkpoint with the "
                            + (trustedKey == null ? "export's" : "published") + " key");
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
            running = CheckpointSeal.next(running, event.path(GLOBAL_INDEX).asLong(),
                    textOrNull(event.path(META_DATA), "hash"));
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
                key == null ? null : CheckpointSeal.keyId(key));
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
        out.printf("%s: %d events of %d aggregates checked, %d broken; %d signed checkpoints checked (key %s),"
                        + " %d broken%n", result.intact() ? "INTACT" : "BROKEN", result.eventsChecked(),
                result.aggregatesChecked(), result.broken().size(), result.checkpointsChecked(), result.keyId(),
                result.brokenCheckpoints().size());
        return result.intact() ? 0 : 1;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
