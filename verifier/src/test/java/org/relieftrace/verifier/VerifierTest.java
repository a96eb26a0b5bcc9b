package org.relieftrace.verifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventHash;
import org.relieftrace.chain.OfflineVerification;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierTest {

    private final ObjectMapper mapper = new ObjectMapper();

    /** An export of one aggregate's events, each hashed with its suite (null: no suite recorded, INTERNATIONAL). */
    private String export(CryptoSuite... suites) throws Exception {
        CanonicalJson canonical = new CanonicalJson(mapper);
        StringBuilder lines = new StringBuilder();
        String previous = EventHash.GENESIS;
        for (int i = 0; i < suites.length; i++) {
            ObjectNode payload = mapper.createObjectNode().put("lotNumber", "L-" + i).put("quantity", i + 1);
            ObjectNode metaData = mapper.createObjectNode().put("prevHash", previous).put("username", "officer");
            if (suites[i] != null) {
                metaData.put("chainSuite", suites[i].name());
            }
            String timestamp = "2026-07-01T08:00:0" + i + ".000Z";
            String hash = EventHash.digest(suites[i] == null ? CryptoSuite.INTERNATIONAL : suites[i],
                    new EventHash.Material(previous, "DepotStock", "depot-1", i, "e-" + i, timestamp,
                            "org.example.StockReceived", null, canonical.ofJson(mapper.writeValueAsBytes(payload)),
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

    /** A key pair of the suite's signature. */
    private static KeyPair keyPair(CryptoSuite suite) throws Exception {
        if (suite == CryptoSuite.INTERNATIONAL) {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    /** The checkpoint line sealing the export's lines up to {@code upTo} (a global index), signed in {@code suite}. */
    private String checkpoint(String events, long upTo, CryptoSuite suite, KeyPair signer) throws Exception {
        String running = CheckpointSeal.GENESIS;
        long count = 0;
        for (String line : events.lines().toList()) {
            JsonNode event = mapper.readTree(line);
            if (event.get("globalIndex").asLong() <= upTo) {
                running = CheckpointSeal.next(event.get("metaData").path("chainSuite").asText(null), running,
                        event.get("globalIndex").asLong(), event.get("metaData").get("hash").asText());
                count++;
            }
        }
        String createdAt = "2026-07-01T09:00:00Z";
        String signature = suite.sign(signer.getPrivate(), CheckpointSeal.signedText(upTo, count, running,
                createdAt));
        ObjectNode checkpoint = mapper.createObjectNode().put("kind", "checkpoint").put("globalIndex", upTo)
                .put("events", count).put("runningHash", running).put("createdAt", createdAt)
                .put("keyId", suite.keyId(signer.getPublic())).put("signature", signature);
        if (suite != CryptoSuite.INTERNATIONAL) {
            checkpoint.put("suite", suite.name());
        }
        return mapper.writeValueAsString(checkpoint) + "\n";
    }

    private String header(KeyPair... signers) throws Exception {
        ObjectNode header = mapper.createObjectNode().put("kind", "header")
                .put("runningHashBefore", CheckpointSeal.GENESIS).put("eventsBefore", 0);
        ObjectNode keys = header.putObject("publicKeys");
        for (KeyPair signer : signers) {
            String encoded = CheckpointSeal.encode(signer.getPublic());
            keys.put(CryptoSuite.ofPublicKey(encoded).name(), encoded);
            header.put("publicKey", encoded);
        }
        return mapper.writeValueAsString(header) + "\n";
    }

    @Test
    void anIntactExportExitsZeroAndAnEditedOneExitsOne(@TempDir Path dir) throws Exception {
        String export = export(null, null, null);
        Path intact = Files.writeString(dir.resolve("intact.ndjson"), export);
        Path edited = Files.writeString(dir.resolve("edited.ndjson"), export.replace("\"L-1\"", "\"L-9\""));
        assertThat(Verifier.run(intact.toString())).isZero();
        assertThat(Verifier.run(edited.toString())).isEqualTo(1);
        assertThat(Verifier.run("--range", edited.toString())).isEqualTo(1);
        assertThat(Verifier.run()).isEqualTo(2);
        assertThat(Verifier.run(dir.resolve("missing.ndjson").toString())).isEqualTo(2);
        assertThat(Verifier.run("--public-key", "bm90IGEga2V5", intact.toString())).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void anExportOfEitherSuiteIsCheckedWithThatSuitesHash(CryptoSuite suite, @TempDir Path dir) throws Exception {
        String export = export(suite, suite, suite);
        Path intact = Files.writeString(dir.resolve("intact.ndjson"), export);
        Path edited = Files.writeString(dir.resolve("edited.ndjson"), export.replace("\"L-1\"", "\"L-9\""));
        assertThat(Verifier.run(intact.toString())).isZero();
        assertThat(Verifier.run(edited.toString())).isEqualTo(1);
        OfflineVerification.Result result = new OfflineVerification().verify(Files.newBufferedReader(edited), true);
        assertThat(result.broken()).singleElement().satisfies(b -> assertThat(b.eventId()).isEqualTo("e-1"));
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void signedCheckpointsAreCheckedWithThePublishedKey(CryptoSuite suite, @TempDir Path dir) throws Exception {
        KeyPair signer = keyPair(suite);
        String events = export(suite, suite, suite);
        String sealed = header(signer) + events + checkpoint(events, 3, suite, signer);
        String published = CheckpointSeal.encode(signer.getPublic());
        String stranger = CheckpointSeal.encode(keyPair(suite).getPublic());
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

    @Test
    void aStoreWhoseSuiteChangedIsCheckedWithTheKeyOfEachCheckpointsSuite(@TempDir Path dir) throws Exception {
        KeyPair ed25519 = keyPair(CryptoSuite.INTERNATIONAL);
        KeyPair sm2 = keyPair(CryptoSuite.SM);
        String events = export(null, CryptoSuite.INTERNATIONAL, CryptoSuite.SM, CryptoSuite.SM);
        List<String> eventLines = events.lines().toList();
        String sealed = header(ed25519, sm2) + eventLines.get(0) + "\n" + eventLines.get(1) + "\n"
                + checkpoint(events, 2, CryptoSuite.INTERNATIONAL, ed25519) + eventLines.get(2) + "\n"
                + eventLines.get(3) + "\n" + checkpoint(events, 4, CryptoSuite.SM, sm2);
        Path mixed = Files.writeString(dir.resolve("mixed.ndjson"), sealed);
        String ed25519Key = CheckpointSeal.encode(ed25519.getPublic());
        String sm2Key = CheckpointSeal.encode(sm2.getPublic());
        assertThat(Verifier.run(mixed.toString())).isZero();
        assertThat(Verifier.run("--public-key", ed25519Key, "--public-key", sm2Key, mixed.toString())).isZero();

        OfflineVerification.Result smOnly = new OfflineVerification(sm2.getPublic())
                .verify(Files.newBufferedReader(mixed), true);
        assertThat(smOnly.brokenCheckpoints()).singleElement().satisfies(b -> {
            assertThat(b.globalIndex()).isEqualTo(2);
            assertThat(b.reason()).contains("no published INTERNATIONAL key");
        });

        // an SM event edited after the change of suite: its SM3 hash no longer matches
        Path edited = Files.writeString(dir.resolve("edited.ndjson"), sealed.replace("\"L-3\"", "\"L-9\""));
        OfflineVerification.Result result = new OfflineVerification(ed25519.getPublic(), sm2.getPublic())
                .verify(Files.newBufferedReader(edited), true);
        assertThat(result.broken()).extracting(b -> b.eventId()).containsExactly("e-3");

        // the last SM event removed: the SM checkpoint after it breaks, the INTERNATIONAL one before it holds
        List<String> lines = new ArrayList<>(sealed.lines().toList());
        lines.remove(5);
        Path truncated = Files.writeString(dir.resolve("truncated.ndjson"), String.join("\n", lines));
        OfflineVerification.Result cut = new OfflineVerification(ed25519.getPublic(), sm2.getPublic())
                .verify(Files.newBufferedReader(truncated), true);
        assertThat(cut.brokenCheckpoints()).singleElement().satisfies(b -> assertThat(b.globalIndex()).isEqualTo(4));
    }
}
