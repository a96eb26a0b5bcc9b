package org.relieftrace.platform.request;

import org.relieftrace.platform.domain.DomainRuleViolation;

/** The same {@code Idempotency-Key} came back with a different request: refused, nothing changes. */
public final class IdempotencyKeyReused extends DomainRuleViolation {

    public IdempotencyKeyReused(String key) {
        super("idempotency-key-reused", "Idempotency-Key " + key + " was already used for a different request", key);
    }
}
