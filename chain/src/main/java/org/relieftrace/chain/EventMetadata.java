package org.relieftrace.chain;

import java.util.List;

/**
 * The metadata keys every command and event carries: who (user id, name, roles), where (the acting user's division),
 * why (reason), the request that caused it (correlation, causation, idempotency key) and the tamper-evidence chain.
 * The platform fills them; aggregates never do.
 */
public final class EventMetadata {

    public static final String USER_ID = "userId";
    public static final String USERNAME = "username";
    /** Comma-separated role names, sorted. */
    public static final String ROLES = "roles";
    /** 12-digit division code of the acting user. */
    public static final String DIVISION = "division";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REASON = "reason";
    /** Hash of the previous event of the same aggregate ({@link EventHash#GENESIS} for the first). */
    public static final String PREV_HASH = "prevHash";
    /** The chain suite's hash over the previous hash, the event's identity, payload and metadata. */
    public static final String HASH = "hash";
    /** The {@link CryptoSuite} the event's hash (and its step of the checkpoints' running hash) is computed with;
     * an event without it is {@link CryptoSuite#INTERNATIONAL}. */
    public static final String CHAIN_SUITE = "chainSuite";

    /** The keys copied from a command to every event it causes. */
    public static final List<String> CALLER_KEYS = List.of(USER_ID, USERNAME, ROLES, DIVISION, IDEMPOTENCY_KEY, REASON);

    private EventMetadata() {
    }
}
