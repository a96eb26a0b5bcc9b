package org.relieftrace.platform.request;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The request headers that shape a command: its idempotency key and the request (correlation) id. */
@ApplicationScoped
public class RequestHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REQUEST_ID = "X-Request-Id";
    /** Why the caller reads personal data (recorded with the read). */
    public static final String ACCESS_REASON = "X-Access-Reason";
    /** Set on a response that repeats the first answer to an idempotency key. */
    public static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";
    static final String CORRELATION_ATTRIBUTE = "relief.correlationId";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    CurrentVertxRequest request;

    /** The {@code Idempotency-Key} of the current request, if it sent one. */
    public Optional<String> idempotencyKey() {
        return current().map(rc -> rc.request().getHeader(IDEMPOTENCY_KEY))
                .map(String::trim).filter(key -> !key.isEmpty())
                .map(key -> key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
    }

    /** The request id: the caller's {@code X-Request-Id}, or one made up for this request and kept for it. */
    public String correlationId() {
        Optional<RoutingContext> rc = current();
        if (rc.isEmpty()) {
            return UUID.randomUUID().toString();
        }
        String id = rc.get().get(CORRELATION_ATTRIBUTE);
        if (id == null) {
            id = Optional.ofNullable(rc.get().request().getHeader(REQUEST_ID)).filter(h -> !h.isBlank())
                    .orElseGet(() -> UUID.randomUUID().toString());
            rc.get().put(CORRELATION_ATTRIBUTE, id);
        }
        return id;
    }

    /** The {@code X-Access-Reason} the caller gave for reading personal data, if any; percent-encoded UTF-8 (as
     * header values are ASCII) is decoded. */
    public Optional<String> accessReason() {
        return current().map(rc -> rc.request().getHeader(ACCESS_REASON)).map(RequestHeaders::decoded)
                .map(String::strip)
                .filter(reason -> !reason.isEmpty())
                .map(reason -> reason.length() > MAX_KEY_LENGTH ? reason.substring(0, MAX_KEY_LENGTH) : reason);
    }

    private static String decoded(String header) {
        try {
            return header.contains("%") ? java.net.URLDecoder.decode(header, java.nio.charset.StandardCharsets.UTF_8)
                    : header;
        } catch (IllegalArgumentException notEncoded) {
            return header;
        }
    }

    /** Marks the response as a repeat of the first answer. */
    public void markReplay() {
        current().ifPresent(rc -> rc.response().putHeader(IDEMPOTENT_REPLAY, "true"));
    }

    private Optional<RoutingContext> current() {
        try {
            return Optional.ofNullable(request.getCurrent());
        } catch (RuntimeException outsideRequest) {
            return Optional.empty();
        }
    }
}
