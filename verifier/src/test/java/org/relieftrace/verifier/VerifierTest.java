package org.relieftrace.verifier;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.relieftrace.platform.metadata.CanonicalJson;
import org.relieftrace.platform.metadata.EventHash;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private String export(int events) throws Exception {
        CanonicalJson canonical = new CanonicalJson(mapper);
        StringBuilder lines = new StringBuilder();
        String previous = EventHash.GENESIS;
        for (int i = 0; i < events; i++) {
            ObjectNode payload = mapper.createObjectNode().put("lotNumber", "L-" + i).put("quantity", i + 1);
            ObjectNode metaData = mapper.createObjectNode().put("prevHash", previous).put("username", "officer");
            String timestamp = "2026-07-01T08:00:0" + i + ".000Z";
            String hash = EventHash.digest(new EventHash.Material(previous, "DepotStock", "depot-1", i, "e-" + i,
                    timestamp, "org.example.StockReceived", null, canonical.ofJson(mapper.writeValueAsBytes(payload)),
                    canonical.ofJson(mapper.writeValueAsBytes(metaData))));
            metaData.put("hash", hash);
            ObjectNode line = mapper.createObjectNode().put("globalIndex", i + 1).put("aggregateType", "DepotStock")
                    .put("aggregateId", "depot-1").put("sequence", i).put("eventId", "e-" + i)
                    .put("timestamp", timestamp).put("payloadType", "org.example.StockReceived")
                    .putNull("revision");
            line.set("payload", payload);
            line.set("metaData", metaData);
            lines.append(mapper.writeValueAsString(line)).append('\n');
            previous = hash;
        }
        return lines.toString();
    }

    @Test
    void anIntactExportExitsZeroAndAnEditedOneExitsOne(@TempDir Path dir) throws Exception {
        String export = export(3);
        Path intact = Files.writeString(dir.resolve("intact.ndjson"), export);
        Path edited = Files.writeString(dir.resolve("edited.ndjson"), export.replace("\"L-1\"", "\"L-9\""));
        assertThat(Verifier.run(intact.toString())).isZero();
        assertThat(Verifier.run(edited.toString())).isEqualTo(1);
        assertThat(Verifier.run("--range", edited.toString())).isEqualTo(1);
        assertThat(Verifier.run()).isEqualTo(2);
        assertThat(Verifier.run(dir.resolve("missing.ndjson").toString())).isEqualTo(2);
    }
}
