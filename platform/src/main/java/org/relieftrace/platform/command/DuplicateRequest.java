package org.relieftrace.platform.command;

import org.axonframework.common.AxonNonTransientException;

/** A command arrived with an {@code Idempotency-Key} that an earlier, committed command of the caller used. */
public final class DuplicateRequest extends AxonNonTransientException {

    private final String callerId;
    private final String key;
    private final String fingerprint;

    public DuplicateRequest(String callerId, String key, String fingerprint) {
        super("idempotency key " + key + " was used before");
        this.callerId = callerId;
        this.key = key;
        this.fingerprint = fingerprint;
    }

    public String callerId() {
        return callerId;
    }

    public String key() {
        return key;
    }

    /** Fingerprint of the repeated command, to compare with the first one. */
    public String fingerprint() {
        return fingerprint;
    }
}
