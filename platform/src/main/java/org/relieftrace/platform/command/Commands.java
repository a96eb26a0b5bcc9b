package org.relieftrace.platform.command;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import org.relieftrace.platform.metadata.EventMetadata;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;

/**
 * How a resource sends a command: the platform adds who (from the token), the request id, the idempotency key and
 * the reason to its metadata, waits for the result, and answers a repeated idempotency key with the first result.
 */
@ApplicationScoped
public class Commands {

    @Inject
    CommandGateway gateway;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestHeaders headers;

    @Inject
    IdempotencyStore idempotency;

    /** Sends the command on behalf of the current caller and returns what its handler returned. */
    public <R> R send(Object command) {
        return send(command, null);
    }

    /** As {@link #send(Object)}, recording the reason the user gave. */
    @SuppressWarnings("unchecked")
    public <R> R send(Object command, String reason) {
        try {
            return gateway.sendAndWait(command, metaData(reason, true));
        } catch (DuplicateRequest duplicate) {
            IdempotencyStore.FirstAnswer first = idempotency.firstAnswer(duplicate.callerId(), duplicate.key())
                    .orElseThrow(() -> duplicate);
            if (!first.fingerprint().equals(duplicate.fingerprint())) {
                throw new IdempotencyKeyReused(duplicate.key());
            }
            headers.markReplay();
            return (R) first.result();
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Sends a further command of the same request — on behalf of the same caller, with the same request id and
     * reason, but without the request's idempotency key, which the request's main command claims. A retried request
     * sends it again, so it must be safe to repeat (its handler answers a repeat with what it did the first time).
     */
    public <R> R sendFollowUp(Object command, String reason) {
        try {
            return gateway.sendAndWait(command, metaData(reason, false));
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Sends a command on behalf of a caller captured on an earlier request, for work that runs off that request (a
     * background import): the metadata {@link #send} builds, from {@code who}, the request id and — when not null —
     * the idempotency key given here instead of the current request's.
     */
    public <R> R sendAs(Caller who, String correlationId, String idempotencyKey, Object command, String reason) {
        try {
            return gateway.sendAndWait(command, metaData(who, correlationId, idempotencyKey, reason));
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A new identifier for something the current request creates. With an {@code Idempotency-Key} it is derived
     * from the caller, the key and {@code purpose}, so that a retried request builds the very same command.
     */
    public UUID newId(String purpose) {
        return headers.idempotencyKey()
                .map(key -> UUID.nameUUIDFromBytes((caller.get().userId() + "|" + key + "|" + purpose)
                        .getBytes(StandardCharsets.UTF_8)))
                .orElseGet(UUID::randomUUID);
    }

    /** Who the current caller is, the request id, the idempotency key and the reason: the metadata of every message
     * sent on the caller's behalf. */
    public MetaData metaData(String reason) {
        return metaData(reason, true);
    }

    private MetaData metaData(String reason, boolean withKey) {
        return metaData(caller.get(), headers.correlationId(),
                withKey ? headers.idempotencyKey().orElse(null) : null, reason);
    }

    private static MetaData metaData(Caller who, String correlationId, String idempotencyKey, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put(EventMetadata.USER_ID, who.userId());
        values.put(EventMetadata.USERNAME, who.username());
        values.put(EventMetadata.ROLES, who.rolesText());
        if (who.division() != null) {
            values.put(EventMetadata.DIVISION, who.division());
        }
        values.put(EventMetadata.CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            values.put(EventMetadata.IDEMPOTENCY_KEY, idempotencyKey);
        }
        if (reason != null && !reason.isBlank()) {
            values.put(EventMetadata.REASON, reason.strip());
        }
        return MetaData.from(values);
    }
}
