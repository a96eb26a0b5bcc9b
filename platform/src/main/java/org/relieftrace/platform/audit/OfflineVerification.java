package org.relieftrace.platform.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.metadata.CanonicalJson;

/**
 * 离线校验 — verifies the hash chains of an NDJSON export ({@code /audit/export}) without the services or the
 * database: plain Java and Jackson only, with the same {@link ChainCheck} and hashing code the services use. The
 * {@code verifier} module runs it from the command line.
 */
public final class OfflineVerification {

    /** The fields of one export line. */
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

    /** What was checked and what was found out of place. */
    public record Result(long eventsChecked, long aggregatesChecked, List<ChainCheck.Broken> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    /**
     * Reads an export and checks every aggregate's chain from its first event.
     *
     * @param complete false for the export of a range of global indexes: an aggregate whose first exported event is
     *                 not its first event is then checked from that event on, anchored at its {@code prevHash}
     */
    public Result verify(BufferedReader export, boolean complete) throws IOException {
        Map<String, List<ChainCheck.Stored>> chains = new LinkedHashMap<>();
        long events = 0;
        String line;
        while ((line = export.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = mapper.readTree(line);
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
        return new Result(events, chains.size(), List.copyOf(broken));
    }

    /** Verifies and reports to {@code out}; answers the process exit code: 0 intact, 1 broken. */
    public int verifyAndReport(BufferedReader export, boolean complete, PrintStream out) throws IOException {
        Result result = verify(export, complete);
        for (ChainCheck.Broken broken : result.broken()) {
            out.printf("BROKEN aggregate=%s sequence=%d globalIndex=%d eventId=%s reason=%s%n", broken.aggregateId(),
                    broken.sequence(), broken.globalIndex(), broken.eventId(), broken.reason());
        }
        out.printf("%s: %d events of %d aggregates checked, %d broken%n", result.intact() ? "INTACT" : "BROKEN",
                result.eventsChecked(), result.aggregatesChecked(), result.broken().size());
        return result.intact() ? 0 : 1;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
