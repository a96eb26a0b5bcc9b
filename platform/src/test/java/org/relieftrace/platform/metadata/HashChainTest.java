package org.relieftrace.platform.metadata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.axon.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTest {

    record LotCounted(String lot, long quantity, LocalDate on) {
    }

    private final ObjectMapper mapper = EventJson.objectMapper();
    private final CanonicalJson canonical = new CanonicalJson(mapper);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();
    private final Map<String, String> stored = new HashMap<>();
    private final HashChain chain = new HashChain(canonical, serializer, new HashChain.LastHashes() {
        @Override
        public String hashOf(String aggregateId, long sequence) {
            return stored.get(aggregateId + "/" + sequence);
        }

        @Override
        public void remember(String aggregateId, long sequence, String hash) {
            stored.put(aggregateId + "/" + sequence, hash);
        }
    });

    private DomainEventMessage<?> event(long sequence, long quantity) {
        return new GenericDomainEventMessage<>("DepotStock", "depot-1", sequence,
                new LotCounted("L-1", quantity, LocalDate.of(2026, 7, 20)),
                MetaData.with("username", "county-keeper").and("reason", "月度盘点"));
    }

    private EventMessage<?> stamp(EventMessage<?> event) {
        EventMessage<?> stamped = chain.handle(java.util.List.of(event)).apply(0, event);
        stored.put("depot-1/" + ((DomainEventMessage<?>) event).getSequenceNumber(),
                (String) stamped.getMetaData().get(EventMetadata.HASH));
        return stamped;
    }

    /** Recomputes the hash the way a verifier does: from the stored JSON bytes. */
    private String recompute(EventMessage<?> stamped, DomainEventMessage<?> event) throws Exception {
        return recompute(CryptoSuite.INTERNATIONAL, stamped, event);
    }

    private String recompute(CryptoSuite suite, EventMessage<?> stamped, DomainEventMessage<?> event)
            throws Exception {
        byte[] payload = mapper.writeValueAsBytes(stamped.getPayload());
        byte[] metaData = mapper.writeValueAsBytes(stamped.getMetaData());
        String prevHash = (String) stamped.getMetaData().get(EventMetadata.PREV_HASH);
        return HashChain.digest(suite, new HashChain.Material(prevHash,
                event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                DateTimeUtils.formatInstant(event.getTimestamp()), LotCounted.class.getName(), null,
                canonical.ofJson(payload), canonical.ofJsonWithout(metaData, EventMetadata.HASH)));
    }

    @Test
    void theFirstEventOfAnAggregateChainsFromGenesis() {
        EventMessage<?> stamped = stamp(event(0, 40));
        assertThat(stamped.getMetaData()).containsEntry(EventMetadata.PREV_HASH, HashChain.GENESIS);
        assertThat((String) stamped.getMetaData().get(EventMetadata.HASH)).hasSize(64);
    }

    @Test
    void eachEventChainsFromThePreviousEventsHash() {
        EventMessage<?> first = stamp(event(0, 40));
        EventMessage<?> second = stamp(event(1, 38));
        assertThat(second.getMetaData().get(EventMetadata.PREV_HASH))
                .isEqualTo(first.getMetaData().get(EventMetadata.HASH));
    }

    @Test
    void theStoredFormRecomputesToTheSameHash() throws Exception {
        DomainEventMessage<?> event = event(0, 40);
        EventMessage<?> stamped = stamp(event);
        assertThat(recompute(stamped, event)).isEqualTo(stamped.getMetaData().get(EventMetadata.HASH));
    }

    @Test
    void anEditedPayloadOrReasonNoLongerMatchesItsHash() throws Exception {
        DomainEventMessage<?> event = event(0, 40);
        EventMessage<?> stamped = stamp(event);
        String hash = (String) stamped.getMetaData().get(EventMetadata.HASH);

        EventMessage<?> editedQuantity = new GenericDomainEventMessage<>("DepotStock", "depot-1", 0,
                new LotCounted("L-1", 400, LocalDate.of(2026, 7, 20)), stamped.getMetaData(),
                event.getIdentifier(), event.getTimestamp());
        EventMessage<?> editedReason = stamped.andMetaData(Map.of("reason", "无"));

        assertThat(recompute(editedQuantity, event)).isNotEqualTo(hash);
        assertThat(recompute(editedReason, event)).isNotEqualTo(hash);
    }

    @Test
    void eachEventRecordsTheSuiteItIsHashedWith() throws Exception {
        DomainEventMessage<?> event = event(0, 40);
        EventMessage<?> international = stamp(event);
        assertThat(international.getMetaData()).containsEntry(EventMetadata.CHAIN_SUITE, "INTERNATIONAL");

        HashChain smChain = new HashChain(CryptoSuite.SM, canonical, serializer, new HashChain.LastHashes() {
            @Override
            public String hashOf(String aggregateId, long sequence) {
                throw new AssertionError("the first event links to genesis");
            }

            @Override
            public void remember(String aggregateId, long sequence, String hash) {
            }
        });
        EventMessage<?> sm = smChain.handle(java.util.List.of(event)).apply(0, event);
        assertThat(sm.getMetaData()).containsEntry(EventMetadata.CHAIN_SUITE, "SM");
        String hash = (String) sm.getMetaData().get(EventMetadata.HASH);
        assertThat(recompute(CryptoSuite.SM, sm, event)).isEqualTo(hash);
        assertThat(recompute(CryptoSuite.INTERNATIONAL, sm, event)).isNotEqualTo(hash);
    }

    @Test
    void canonicalJsonIgnoresKeyOrderAndWhiteSpace() {
        String a = canonical.ofJson("{\"b\": 1, \"a\": {\"d\": [1, 2], \"c\": \"永川\"}}".getBytes(StandardCharsets.UTF_8));
        String b = canonical.ofJson("{\"a\":{\"c\":\"永川\",\"d\":[1,2]},\"b\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(a).isEqualTo(b).isEqualTo("{\"a\":{\"c\":\"永川\",\"d\":[1,2]},\"b\":1}");
    }
}
