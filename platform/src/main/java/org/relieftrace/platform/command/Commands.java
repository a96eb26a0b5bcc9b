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

import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.request.IdempotencyKeyReused;
import org.relieftrace.platform.request.RequestHeaders;
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

    /**
     * Who a command is sent for, captured on a request: the caller, the request's correlation id and its
     * {@code Idempotency-Key} (or {@code null}). Work that finishes after the request (a background import) keeps it
     * and sends with {@link #sendAs} on the same person's behalf.
     */
    public record Sender(Caller caller, String correlationId, String idempotencyKey) {

        /** The same sender without the idempotency key, for a further command the key's first command claimed. */
        public Sender withoutKey() {
            return new Sender(caller, correlationId, null);
        }
    }

    /** Sends the command on behalf of the current caller and returns what its handler returned. */
    public <R> R send(Object command) {
        return send(command, null);
    }

    /** As {@link #send(Object)}, recording the reason the user gave. */
    public <R> R send(Object command, String reason) {
        return send(currentSender(), command, reason, true);
    }

    /**
     * Sends a further command of the same request — on behalf of the same caller, with the same request id and
     * reason, but without the request's idempotency key, which the request's main command claims. A retried request
     * sends it again, so it must be safe to repeat (its handler answers a repeat with what it did the first time).
     */
    public <R> R sendFollowUp(Object command, String reason) {
        return send(currentSender().withoutKey(), command, reason, false);
    }

    /** Who the current request sends for, to keep for work that sends after the request ({@link #sendAs}). */
    public Sender currentSender() {
        return new Sender(caller.get(), headers.correlationId(), headers.idempotencyKey().orElse(null));
    }

    /**
     * Sends the command on behalf of {@code sender}, from any thread, request or not: the metadata are those the
     * request would have given. A repeat of the sender's idempotency key answers the first result; the same key with
     * a different command is refused with {@link IdempotencyKeyReused}.
     */
    public <R> R sendAs(Sender sender, Object command, String reason) {
        return send(sender, command, reason, false);
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
        return metaData(currentSender(), reason);
    }

    @SuppressWarnings("unchecked")
    private <R> R send(Sender sender, Object command, String reason, boolean onRequest) {
        try {
            return gateway.sendAndWait(command, metaData(sender, reason));
        } catch (DuplicateRequest duplicate) {
            IdempotencyStore.FirstAnswer first = idempotency.firstAnswer(duplicate.callerId(), duplicate.key())
                    .orElseThrow(() -> duplicate);
            if (!first.fingerprint().equals(duplicate.fingerprint())) {
                throw new IdempotencyKeyReused(duplicate.key());
            }
            if (onRequest) {
                headers.markReplay();
            }
            return (R) first.result();
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The one place command metadata are built. */
    private static MetaData metaData(Sender sender, String reason) {
        Caller who = sender.caller();
        Map<String, Object> values = new HashMap<>();
        values.put(EventMetadata.USER_ID, who.userId());
        values.put(EventMetadata.USERNAME, who.username());
        values.put(EventMetadata.ROLES, who.rolesText());
        if (who.division() != null) {
            values.put(EventMetadata.DIVISION, who.division());
        }
        values.put(EventMetadata.CORRELATION_ID, sender.correlationId());
        if (sender.idempotencyKey() != null) {
            values.put(EventMetadata.IDEMPOTENCY_KEY, sender.idempotencyKey());
        }
        if (reason != null && !reason.isBlank()) {
            values.put(EventMetadata.REASON, reason.strip());
        }
        return MetaData.from(values);
    }
}
