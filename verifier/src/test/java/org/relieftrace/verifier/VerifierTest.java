package org.relieftrace.verifier;

import java.nio.file.Files;
import java.nio.file.Path;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.OfflineVerification;
import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.EventHash;

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

    @Test
    void signedCheckpointsAreCheckedWithThePublishedKey(@TempDir Path dir) throws Exception {
        KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String events = export(3);
        String running = CheckpointSeal.GENESIS;
        for (String line : events.lines().toList()) {
            JsonNode event = mapper.readTree(line);
            running = CheckpointSeal.next(running, event.get("globalIndex").asLong(),
                    event.get("metaData").get("hash").asText());
        }
        String createdAt = "2026-07-01T09:00:00Z";
        String keyId = CheckpointSeal.keyId(signer.getPublic());
        String signature = CheckpointSeal.sign(signer.getPrivate(),
                CheckpointSeal.signedText(3, 3, running, createdAt));
        ObjectNode checkpoint = mapper.createObjectNode().put("kind", "checkpoint").put("globalIndex", 3)
                .put("events", 3).put("runningHash", running).put("createdAt", createdAt).put("keyId", keyId)
                .put("signature", signature);
        ObjectNode header = mapper.createObjectNode().put("kind", "header")
                .put("publicKey", CheckpointSeal.encode(signer.getPublic()))
                .put("runningHashBefore", CheckpointSeal.GENESIS).put("eventsBefore", 0);
        String sealed = mapper.writeValueAsString(header) + "\n" + events + mapper.writeValueAsString(checkpoint)
                + "\n";
        String published = CheckpointSeal.encode(signer.getPublic());
        String stranger = CheckpointSeal.encode(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        Path intact = Files.writeString(dir.resolve("sealed.ndjson"), sealed);
        assertThat(Verifier.run("--public-key", published, intact.toString())).isZero();
        assertThat(Verifier.run(intact.toString())).isZero();
        assertThat(Verifier.run("--public-key", stranger, intact.toString())).isEqualTo(1);

        // the second event dropped from the export: its aggregate's chain and the checkpoint both break
        List<String> lines = new ArrayList<>(sealed.lines().toList());
        lines.remove(2);
        Path dropped = Files.writeString(dir.resolve("dropped.ndjson"), String.join("\n", lines));
        assertThat(Verifier.run("--public-key", published, dropped.toString())).isEqualTo(1);
        OfflineVerification.Result result = new OfflineVerification(signer.getPublic())
                .verify(Files.newBufferedReader(dropped), true);
        assertThat(result.broken()).singleElement().satisfies(b -> assertThat(b.eventId()).isEqualTo("e-2"));
        assertThat(result.brokenCheckpoints()).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("(0, 3]"));
    }
}
