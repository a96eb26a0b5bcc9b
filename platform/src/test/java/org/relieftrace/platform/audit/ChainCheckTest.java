package org.relieftrace.platform.audit;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.ChainCheck;
import org.relieftrace.chain.OfflineVerification;
import org.relieftrace.chain.EventHash;

import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    /** A chain of {@code n} events of one aggregate, stamped the way the event store stamps them. */
    private List<ObjectNode> chain(String aggregateId, int n) {
        List<ObjectNode> lines = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int i = 0; i < n; i++) {
            ObjectNode payload = mapper.createObjectNode().put("lot", "L-" + i).put("quantity", 10 * (i + 1));
            Map<String, Object> metaData = new TreeMap<>(Map.of("username", "officer", "reason", "入库",
                    "prevHash", previous));
            String timestamp = "2026-07-01T08:00:0" + i + ".000Z";
            String hash = EventHash.digest(new EventHash.Material(previous, "DepotStock", aggregateId, i, "e-" + i,
                    timestamp, "org.example.StockReceived", null, canonical.ofValue(payload),
                    canonical.ofMap(metaData)));
            metaData.put("hash", hash);
            ObjectNode line = mapper.createObjectNode();
            line.put(OfflineVerification.GLOBAL_INDEX, 100 + i).put(OfflineVerification.AGGREGATE_TYPE, "DepotStock")
                    .put(OfflineVerification.AGGREGATE_ID, aggregateId).put(OfflineVerification.SEQUENCE, i)
                    .put(OfflineVerification.EVENT_ID, "e-" + i).put(OfflineVerification.TIMESTAMP, timestamp)
                    .put(OfflineVerification.PAYLOAD_TYPE, "org.example.StockReceived")
                    .putNull(OfflineVerification.REVISION);
            line.set(OfflineVerification.PAYLOAD, payload);
            line.set(OfflineVerification.META_DATA, mapper.valueToTree(metaData));
            lines.add(line);
            previous = hash;
        }
        return lines;
    }

    private OfflineVerification.Result verify(List<ObjectNode> lines, boolean complete) throws Exception {
        StringBuilder export = new StringBuilder();
        for (ObjectNode line : lines) {
            export.append(mapper.writeValueAsString(line)).append('\n');
        }
        return new OfflineVerification().verify(new BufferedReader(new StringReader(export.toString())), complete);
    }

    @Test
    void anUntouchedChainIsIntact() throws Exception {
        OfflineVerification.Result result = verify(chain("a", 4), true);
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(4);
        assertThat(result.aggregatesChecked()).isEqualTo(1);
    }

    @Test
    void anEditedPayloadNamesThatEventOnly() throws Exception {
        List<ObjectNode> lines = chain("a", 4);
        ((ObjectNode) lines.get(2).get(OfflineVerification.PAYLOAD)).put("quantity", 999);
        assertThat(verify(lines, true).broken()).singleElement().satisfies(b -> {
            assertThat(b.eventId()).isEqualTo("e-2");
            assertThat(b.sequence()).isEqualTo(2);
            assertThat(b.reason()).contains("does not match its hash");
        });
    }

    @Test
    void aDeletedEventIsAGap() throws Exception {
        List<ObjectNode> lines = chain("a", 4);
        lines.remove(1);
        assertThat(verify(lines, true).broken()).singleElement().satisfies(b -> {
            assertThat(b.eventId()).isEqualTo("e-2");
            assertThat(b.reason()).contains("sequence 1 missing").contains("prevHash does not link");
        });
    }

    @Test
    void aDeletedFirstEventIsFoundInAFullExportButNotInARangeExport() throws Exception {
        List<ObjectNode> lines = chain("a", 3);
        lines.remove(0);
        assertThat(verify(lines, true).broken()).extracting(ChainCheck.Broken::eventId).containsExactly("e-1");
        assertThat(verify(lines, false).intact()).isTrue();
    }

    @Test
    void theVerifierReportsAndAnswersTheExitCode() throws Exception {
        List<ObjectNode> lines = chain("a", 2);
        ((ObjectNode) lines.get(1).get(OfflineVerification.META_DATA)).put("reason", "改了");
        StringBuilder export = new StringBuilder();
        for (ObjectNode line : lines) {
            export.append(mapper.writeValueAsString(line)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new OfflineVerification().verifyAndReport(new BufferedReader(new StringReader(export.toString())),
                true, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("aggregate=a sequence=1 globalIndex=101 eventId=e-1");
    }
}
