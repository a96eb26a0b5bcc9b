package org.relieftrace.platform.loader;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventHash;
import org.relieftrace.chain.EventMetadata;

/**
 * 直写事件 — the published API for tools that write events straight into the event store (a bulk migration, the
 * benchmarks' loaders): the metadata and hash-chain link the services stamp on every event, computed with the
 * platform's own code, so that a verification of the store finds the loaded events intact. A tool gives who acted,
 * where and why, and the event's place in its aggregate's chain; it gets the metadata to store and the hash the next
 * event of the chain links to. The services themselves never use it: they stamp through the event store.
 */
public final class ChainStamp {

    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = EventHash.GENESIS;

    private final CanonicalJson canonical;
    private final CryptoSuite suite;

    /** A stamp that reads payloads with {@code mapper} (the one the tool writes the stored payloads with) and hashes
     * with the INTERNATIONAL suite. */
    public ChainStamp(ObjectMapper mapper) {
        this(mapper, CryptoSuite.INTERNATIONAL);
    }

    /** A stamp that hashes with {@code suite}, the one the deployment writes its events with. */
    public ChainStamp(ObjectMapper mapper, CryptoSuite suite) {
        this.canonical = new CanonicalJson(mapper);
        this.suite = suite;
    }

    /** Who acted: the user, their roles (comma-joined) and the division they acted in. */
    public record Actor(String userId, String roles, String division) {
    }

    /**
     * One event to stamp: its aggregate, its sequence and the hash of the event before it, its id and Axon timestamp
     * text, its stored payload type name and revision, and its payload as the JSON that will be stored.
     */
    public record Event(String aggregateType, String aggregateId, long sequence, String prevHash, String eventId,
                        String timestamp, String payloadType, String revision, byte[] payloadJson) {
    }

    /** The metadata to store with the event (hash included) and its hash, which the next event links to. */
    public record Stamped(Map<String, Object> metaData, String hash) {
    }

    /** Stamps one event done by {@code actor} for {@code reason}, correlated to itself. */
    public Stamped stamp(Event event, Actor actor, String reason) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(EventMetadata.USER_ID, actor.userId());
        meta.put(EventMetadata.USERNAME, actor.userId());
        meta.put(EventMetadata.ROLES, actor.roles());
        meta.put(EventMetadata.DIVISION, actor.division());
        meta.put(EventMetadata.CORRELATION_ID, event.eventId());
        meta.put(EventMetadata.CAUSATION_ID, event.eventId());
        meta.put(EventMetadata.REASON, reason);
        meta.put(EventMetadata.PREV_HASH, event.prevHash());
        meta.put(EventMetadata.CHAIN_SUITE, suite.name());
        String hash = EventHash.digest(suite, new EventHash.Material(event.prevHash(), event.aggregateType(),
                event.aggregateId(), event.sequence(), event.eventId(), event.timestamp(), event.payloadType(),
                event.revision(), canonical.ofJson(event.payloadJson()), canonical.ofMap(meta)));
        meta.put(EventMetadata.HASH, hash);
        return new Stamped(meta, hash);
    }
}
