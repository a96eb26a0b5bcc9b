package org.relieftrace.gateway.console.audit;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 审计 — the services' audit answers as the console reads them: mirrored from the audit API's views with only the
 * fields the pages use. An event's payload, metadata and an aggregate's state are any shape (every event type of
 * every service), so they stay JSON trees and are shown field by field.
 */
public final class AuditViews {

    private AuditViews() {
    }

    /** One stored event: where it sits in the store, when, of which aggregate, its hash and payload. */
    public record EventView(long sequence, long globalIndex, String payloadType, String timestamp, JsonNode metaData,
                            String aggregateType, String aggregateId, String hash, JsonNode payload) {

        /** The event's type without its package ({@code StockReceived}). */
        public String name() {
            String type = payloadType == null ? "" : payloadType;
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }

    /** An aggregate's state at a moment, rebuilt from its events up to then. */
    public record StateView(String at, int eventsApplied, long lastSequence, String lastEventTimestamp,
                            JsonNode state) {
    }

    /** One event whose hash does not match. */
    public record BrokenView(String aggregateId, Long sequence, Long globalIndex, String reason) {
    }

    /** 校验 — the hash chain verified over a range or one aggregate. */
    public record VerifyView(boolean intact, long eventsChecked, long aggregatesChecked, List<BrokenView> broken) {

        public VerifyView {
            broken = broken == null ? List.of() : broken;
        }
    }

    /** 投影 — a read model's event processor: running, failed, replaying, and how far it lags. */
    public record ProjectionView(String name, boolean running, boolean error, boolean replaying, int segmentsHere,
                                 long lag) {
    }
}
