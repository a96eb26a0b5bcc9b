package org.relieftrace.chain;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot's seal changes with every field it covers, and differs between the suites. */
class SnapshotSealTest {

    private final CanonicalJson canonical = new CanonicalJson(new ObjectMapper());

    private SnapshotSeal.Material material(long sequence, String eventHash, String state) {
        return new SnapshotSeal.Material("DepotStock", "d-1", sequence, eventHash, "org.example.DepotStock", null,
                canonical.ofJson(state.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theSealCoversTheSequenceTheEventAndTheCanonicalState() {
        String sealed = SnapshotSeal.digest(CryptoSuite.INTERNATIONAL, material(3, "a".repeat(64),
                "{\"lots\":[{\"quantity\":40}],\"depot\":\"d-1\"}"));
        // the same state with its keys in another order is the same snapshot
        assertThat(SnapshotSeal.digest(CryptoSuite.INTERNATIONAL, material(3, "a".repeat(64),
                "{\"depot\": \"d-1\", \"lots\": [{\"quantity\": 40}]}"))).isEqualTo(sealed);
        List<SnapshotSeal.Material> edited = List.of(
                material(4, "a".repeat(64), "{\"lots\":[{\"quantity\":40}],\"depot\":\"d-1\"}"),
                material(3, "b".repeat(64), "{\"lots\":[{\"quantity\":40}],\"depot\":\"d-1\"}"),
                material(3, "a".repeat(64), "{\"lots\":[{\"quantity\":400}],\"depot\":\"d-1\"}"));
        edited.forEach(m -> assertThat(SnapshotSeal.digest(CryptoSuite.INTERNATIONAL, m)).isNotEqualTo(sealed));
        String sm = SnapshotSeal.digest(CryptoSuite.SM, material(3, "a".repeat(64),
                "{\"lots\":[{\"quantity\":40}],\"depot\":\"d-1\"}"));
        assertThat(sm).hasSize(64).isNotEqualTo(sealed);
    }
}
