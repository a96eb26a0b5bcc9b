package org.relieftrace.chain;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * 链校验 — checks one aggregate's stored events against its hash chain, in plain Java and Jackson, so that the audit
 * endpoint (rows read with SQL) and the offline verifier (an NDJSON export) decide alike. It names every event that
 * is out of place: a stored hash that does not match the recomputed one (payload or metadata edited), a
 * {@code prevHash} that does not link to the event before it (events swapped or removed), a gap in the sequence
 * numbers (an event deleted). Each event's hash is recomputed with the {@link CryptoSuite} it records, so a chain
 * whose suite changed along the way is checked link by link: an event links to the stored hash of the one before it,
 * whatever suite that one was hashed with.
 */
public final class ChainCheck {

    /** One stored event as the chain sees it; {@code aggregateType} is null for an event outside an aggregate. */
    public record Stored(String aggregateType, String aggregateId, long sequence, long globalIndex, String eventId,
                         String timestamp, String payloadType, String revision, String canonicalPayload,
                         String canonicalMetaData, String prevHash, String hash, String suite) {

        /** Reads the stored JSON of payload and metadata into the canonical forms the hash is computed over. */
        public static Stored of(CanonicalJson canonical, ObjectMapper mapper, String aggregateType,
                                String aggregateId, long sequence, long globalIndex, String eventId,
                                String timestamp, String payloadType, String revision, byte[] payload,
                                byte[] metaData) {
            JsonNode meta = read(mapper, metaData);
            String prevHash = text(meta, EventMetadata.PREV_HASH);
            String hash = text(meta, EventMetadata.HASH);
            String suite = text(meta, EventMetadata.CHAIN_SUITE);
            return new Stored(aggregateType, aggregateId, sequence, globalIndex, eventId, timestamp, payloadType,
                    revision, canonical.ofJson(payload), canonical.ofTreeWithout(meta, EventMetadata.HASH), prevHash,
                    hash, suite);
        }
    }

    /** An event found out of place, and why. */
    public record Broken(String aggregateId, long sequence, long globalIndex, String eventId, String reason) {
    }

    private ChainCheck() {
    }

    /**
     * Checks the events of one aggregate, in sequence order.
     *
     * @param events   the aggregate's stored events ordered by sequence number
     * @param complete true when the list starts at the aggregate's first event; false for a slice of an export,
     *                 which is then anchored at its first event's own {@code prevHash}
     */
    public static List<Broken> check(List<Stored> events, boolean complete) {
        List<Broken> broken = new ArrayList<>();
        String expectedPrevious = EventHash.GENESIS;
        long expectedSequence = 0;
        boolean first = true;
        for (Stored event : events) {
            boolean inAggregate = event.aggregateType() != null && !event.aggregateType().isEmpty();
            if (first && !complete && inAggregate) {
                expectedPrevious = event.prevHash();
                expectedSequence = event.sequence();
            }
            first = false;
            List<String> reasons = new ArrayList<>();
            if (inAggregate && event.sequence() != expectedSequence) {
                reasons.add(event.sequence() > expectedSequence
                        ? "sequence " + missing(expectedSequence, event.sequence()) + " missing: deleted from the history"
                        : "sequence number " + event.sequence() + " out of order");
            }
            if (!expectedPrevious.equals(event.prevHash())) {
                reasons.add("prevHash does not link to the previous event: events removed, inserted or reordered");
            }
            CryptoSuite suite = suiteOf(event, reasons);
            String recomputed = suite == null ? "" : EventHash.digest(suite, new EventHash.Material(event.prevHash(),
                    inAggregate ? event.aggregateType() : "", inAggregate ? event.aggregateId() : "",
                    inAggregate ? event.sequence() : -1, event.eventId(), event.timestamp(), event.payloadType(),
                    event.revision(), event.canonicalPayload(), event.canonicalMetaData()));
            if (suite != null && !recomputed.equals(event.hash())) {
                reasons.add("stored content does not match its hash: payload, metadata or identity edited");
            }
            if (!reasons.isEmpty()) {
                broken.add(new Broken(event.aggregateId(), event.sequence(), event.globalIndex(), event.eventId(),
                        String.join("; ", reasons)));
            }
            expectedPrevious = event.hash();
            expectedSequence = event.sequence() + 1;
            if (!inAggregate) {
                expectedPrevious = EventHash.GENESIS;
                expectedSequence = 0;
            }
        }
        return broken;
    }

    /** The suite the event records (none: INTERNATIONAL); null, with the reason, when it names no known suite. */
    private static CryptoSuite suiteOf(Stored event, List<String> reasons) {
        try {
            return CryptoSuite.recorded(event.suite());
        } catch (IllegalArgumentException e) {
            reasons.add("records an unknown crypto suite " + event.suite() + ": its hash cannot be checked");
            return null;
        }
    }

    private static String missing(long from, long before) {
        return before - from == 1 ? Long.toString(from) : from + ".." + (before - 1);
    }

    private static JsonNode read(ObjectMapper mapper, byte[] json) {
        if (json == null) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            return mapper.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }
}
