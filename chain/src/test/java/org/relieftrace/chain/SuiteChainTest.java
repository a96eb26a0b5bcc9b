package org.relieftrace.chain;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate's chain is checked with the suite each of its events records, under either suite and across a
 * change of suite. */
class SuiteChainTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    /** The stored JSON of one event: its payload and its metadata. */
    private record Row(String eventId, ObjectNode payload, ObjectNode metaData) {
    }

    /** A chain of events, each stamped with the suite given for it (null: no suite recorded). */
    private List<Row> chain(CryptoSuite... suites) {
        List<Row> rows = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int i = 0; i < suites.length; i++) {
            ObjectNode payload = mapper.createObjectNode().put("lotNumber", "L-" + i).put("quantity", i + 1);
            ObjectNode meta = mapper.createObjectNode().put(EventMetadata.PREV_HASH, previous);
            if (suites[i] != null) {
                meta.put(EventMetadata.CHAIN_SUITE, suites[i].name());
            }
            String hash = EventHash.digest(suites[i] == null ? CryptoSuite.INTERNATIONAL : suites[i],
                    material(previous, i, payload, meta));
            meta.put(EventMetadata.HASH, hash);
            rows.add(new Row("e-" + i, payload, meta));
            previous = hash;
        }
        return rows;
    }

    private EventHash.Material material(String previous, int sequence, ObjectNode payload, ObjectNode meta) {
        return new EventHash.Material(previous, "DepotStock", "depot-1", sequence, "e-" + sequence,
                "2026-07-01T08:00:0" + sequence + ".000Z", "org.example.StockReceived", null,
                canonical.ofValue(payload), canonical.ofValue(meta));
    }

    private List<ChainCheck.Broken> check(List<Row> rows) throws Exception {
        List<ChainCheck.Stored> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            stored.add(ChainCheck.Stored.of(canonical, mapper, "DepotStock", "depot-1", i, i + 1L, row.eventId(),
                    "2026-07-01T08:00:0" + i + ".000Z", "org.example.StockReceived", null,
                    mapper.writeValueAsBytes(row.payload()), mapper.writeValueAsBytes(row.metaData())));
        }
        return ChainCheck.check(stored, true);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void anIntactChainPassesAndAnEditedEventIsNamed(CryptoSuite suite) throws Exception {
        List<Row> rows = chain(suite, suite, suite);
        assertThat(check(rows)).isEmpty();

        rows.get(1).payload().put("quantity", 99);
        assertThat(check(rows)).singleElement().satisfies(broken -> {
            assertThat(broken.eventId()).isEqualTo("e-1");
            assertThat(broken.reason()).contains("does not match its hash");
        });
    }

    @Test
    void theTwoSuitesHashTheSameEventDifferently() {
        ObjectNode payload = mapper.createObjectNode().put("lotNumber", "L-0");
        ObjectNode meta = mapper.createObjectNode().put(EventMetadata.PREV_HASH, EventHash.GENESIS);
        EventHash.Material material = material(EventHash.GENESIS, 0, payload, meta);
        assertThat(EventHash.digest(CryptoSuite.SM, material)).hasSize(64)
                .isNotEqualTo(EventHash.digest(CryptoSuite.INTERNATIONAL, material));
        assertThat(EventHash.digest(material)).isEqualTo(EventHash.digest(CryptoSuite.INTERNATIONAL, material));
    }

    @Test
    void anEventWithoutASuiteIsInternational() throws Exception {
        assertThat(check(chain(null, CryptoSuite.INTERNATIONAL, null))).isEmpty();
    }

    @Test
    void aChainWhoseSuiteChangedIsCheckedLinkByLink() throws Exception {
        List<Row> rows = chain(null, CryptoSuite.INTERNATIONAL, CryptoSuite.SM, CryptoSuite.SM);
        assertThat(check(rows)).isEmpty();

        rows.get(3).payload().put("lotNumber", "L-forged");
        assertThat(check(rows)).extracting(ChainCheck.Broken::eventId).containsExactly("e-3");
    }

    @Test
    void anEventWhoseRecordedSuiteWasChangedIsNamed() throws Exception {
        List<Row> rows = chain(CryptoSuite.SM, CryptoSuite.SM);
        rows.get(0).metaData().put(EventMetadata.CHAIN_SUITE, CryptoSuite.INTERNATIONAL.name());
        assertThat(check(rows)).extracting(ChainCheck.Broken::eventId).containsExactly("e-0");

        rows.get(0).metaData().put(EventMetadata.CHAIN_SUITE, "MD5");
        assertThat(check(rows)).singleElement()
                .satisfies(broken -> assertThat(broken.reason()).contains("unknown crypto suite MD5"));
    }
}
