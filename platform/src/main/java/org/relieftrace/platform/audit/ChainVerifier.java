package org.relieftrace.platform.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.metadata.CanonicalJson;
import org.relieftrace.platform.metadata.EventMetadata;
import org.relieftrace.platform.metadata.HashChain;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 防篡改校验 — recomputes an aggregate's hash chain from the stored rows of the event store, exactly as an offline
 * verifier with plain SQL access would, and names the first event whose stored hash or link does not match.
 */
@ApplicationScoped
public class ChainVerifier {

    /** The outcome for one aggregate: how many events were checked and the first broken sequence number, if any. */
    public record Verdict(String aggregateId, int eventsChecked, Optional<Long> firstBrokenSequence, String reason) {

        public boolean intact() {
            return firstBrokenSequence.isEmpty();
        }
    }

    private record StoredEvent(String type, long sequence, String eventId, String timestamp, String payloadType,
                               String revision, byte[] payload, byte[] metaData) {
    }

    @Inject
    Sql sql;

    @Inject
    AxonRuntime axon;

    public Verdict verify(String aggregateId) {
        ObjectMapper mapper = axon.objectMapper();
        CanonicalJson canonical = new CanonicalJson(mapper);
        List<StoredEvent> events = sql.list("SELECT type, sequence_number, event_identifier, time_stamp,"
                        + " payload_type, payload_revision, payload, meta_data FROM " + axon.eventTable()
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
                rows -> new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getBytes(7), rows.getBytes(8)), aggregateId);
        String expectedPrevious = HashChain.GENESIS;
        int checked = 0;
        for (StoredEvent event : events) {
            JsonNode metaData = read(mapper, event.metaData());
            String prevHash = text(metaData, EventMetadata.PREV_HASH);
            String hash = text(metaData, EventMetadata.HASH);
            if (!expectedPrevious.equals(prevHash)) {
                return new Verdict(aggregateId, checked, Optional.of(event.sequence()),
                        "prevHash does not link to the previous event");
            }
            String recomputed = HashChain.digest(new HashChain.Material(prevHash, nullToEmpty(event.type()),
                    aggregateId, event.sequence(), event.eventId(), event.timestamp(), event.payloadType(),
                    event.revision(), canonical.ofJson(event.payload()),
                    canonical.ofJsonWithout(event.metaData(), EventMetadata.HASH)));
            if (!recomputed.equals(hash)) {
                return new Verdict(aggregateId, checked, Optional.of(event.sequence()),
                        "stored content does not match its hash");
            }
            expectedPrevious = hash;
            checked++;
        }
        return new Verdict(aggregateId, checked, Optional.empty(), "intact");
    }

    private static JsonNode read(ObjectMapper mapper, byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
