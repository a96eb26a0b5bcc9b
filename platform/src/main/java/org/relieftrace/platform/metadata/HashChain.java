package org.relieftrace.platform.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventHash;
import org.relieftrace.chain.EventMetadata;

/**
 * 防篡改链 — stamps every event, as it is published, with {@code chainSuite}, {@code prevHash} and {@code hash}: the
 * hash of the deployment's {@link CryptoSuite} (SHA-256 or SM3) over the previous event's hash of the same aggregate,
 * the event's identity (aggregate type, id, sequence, event id, timestamp, payload type and revision), its canonical
 * payload and its canonical metadata (the suite's name included). Editing any stored event afterwards breaks the chain
 * from that event on. Aggregates never compute hashes themselves.
 */
public final class HashChain implements MessageDispatchInterceptor<EventMessage<?>> {

    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = EventHash.GENESIS;

    private static final String PENDING = HashChain.class.getName() + ".pending";

    private final CryptoSuite suite;
    private final CanonicalJson canonical;
    private final Serializer serializer;
    private final LastHashes lastHashes;

    /** A chain stamped with the {@link CryptoSuite#INTERNATIONAL} suite. */
    public HashChain(CanonicalJson canonical, Serializer serializer, LastHashes lastHashes) {
        this(CryptoSuite.INTERNATIONAL, canonical, serializer, lastHashes);
    }

    /**
     * @param suite      the suite new events are hashed with (an event links to its predecessor's stored hash,
     *                   whatever suite that one recorded)
     * @param canonical  the canonical JSON form, with the event serializer's object mapper
     * @param serializer the event serializer (for the stored payload type name and revision)
     * @param lastHashes where the hash of an aggregate's latest stored event is found
     */
    public HashChain(CryptoSuite suite, CanonicalJson canonical, Serializer serializer, LastHashes lastHashes) {
        this.suite = suite;
        this.canonical = canonical;
        this.serializer = serializer;
        this.lastHashes = lastHashes;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> stamp(message);
    }

    private EventMessage<?> stamp(EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        if (CurrentUnitOfWork.isStarted()) {
            metaData = MetaData.from(CurrentUnitOfWork.get().getCorrelationData()).mergedWith(metaData);
        }
        if (!(message instanceof DomainEventMessage<?> event)) {
            Map<String, Object> withPrev = new HashMap<>(metaData);
            withPrev.put(EventMetadata.PREV_HASH, GENESIS);
            return message.withMetaData(withHash(withPrev, message, "", "", -1));
        }
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        Map<String, Link> pending = pending();
        Link previous = pending.get(aggregateId);
        String prevHash;
        if (sequence == 0) {
            prevHash = GENESIS;
        } else if (previous != null && previous.sequence() == sequence - 1) {
            prevHash = previous.hash();
        } else {
            prevHash = lastHashes.hashOf(aggregateId, sequence - 1);
        }
        Map<String, Object> withPrev = new HashMap<>(metaData);
        withPrev.put(EventMetadata.PREV_HASH, prevHash);
        Map<String, Object> stamped = withHash(withPrev, message, event.getType(), aggregateId, sequence);
        pending.put(aggregateId, new Link(sequence, (String) stamped.get(EventMetadata.HASH)));
        return event.withMetaData(stamped);
    }

    private Map<String, Object> withHash(Map<String, Object> metaData, EventMessage<?> message, String aggregateType,
                                         String aggregateId, long sequence) {
        SerializedType type = serializer.typeForClass(message.getPayloadType());
        Map<String, Object> withSuite = new HashMap<>(metaData);
        withSuite.put(EventMetadata.CHAIN_SUITE, suite.name());
        String hash = digest(suite, new Material((String) metaData.get(EventMetadata.PREV_HASH), aggregateType,
                aggregateId, sequence, message.getIdentifier(), DateTimeUtils.formatInstant(message.getTimestamp()),
                type.getName(), type.getRevision(), canonical.ofValue(message.getPayload()),
                canonical.ofMap(withSuite, EventMetadata.HASH)));
        Map<String, Object> stamped = new HashMap<>(withSuite);
        stamped.put(EventMetadata.HASH, hash);
        return stamped;
    }

    private Map<String, Link> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, Link> links = new HashMap<>();
            root.afterCommit(u -> links.forEach((id, link) -> lastHashes.remember(id, link.sequence(), link.hash())));
            return links;
        });
    }

    /** What one event's hash is computed over; {@code aggregateType} and {@code aggregateId} are empty for events
     * published outside an aggregate, with sequence -1. */
    public record Material(String prevHash, String aggregateType, String aggregateId, long sequence, String eventId,
                           String timestamp, String payloadType, String payloadRevision, String canonicalPayload,
                           String canonicalMetaData) {
    }

    /** The INTERNATIONAL hash (SHA-256, hex) over the material ({@link EventHash#digest}): an event recording no
     * suite. */
    public static String digest(Material m) {
        return digest(CryptoSuite.INTERNATIONAL, m);
    }

    /** The suite's hash (hex) over the material, one field per line ({@link EventHash#digest}). Used both when
     * stamping and when verifying. */
    public static String digest(CryptoSuite suite, Material m) {
        return EventHash.digest(suite, new EventHash.Material(m.prevHash(), m.aggregateType(), m.aggregateId(),
                m.sequence(), m.eventId(), m.timestamp(), m.payloadType(), m.payloadRevision(), m.canonicalPayload(),
                m.canonicalMetaData()));
    }

    private record Link(long sequence, String hash) {
    }

    /** Finds and remembers the hash of an aggregate's event at a sequence number. */
    public interface LastHashes {
        /** The stored hash of the aggregate's event at {@code sequence}. */
        String hashOf(String aggregateId, long sequence);

        /** Called after a commit with the hash of the aggregate's latest event. */
        void remember(String aggregateId, long sequence, String hash);
    }
}
