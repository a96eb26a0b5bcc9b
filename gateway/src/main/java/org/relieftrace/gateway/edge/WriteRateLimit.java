package org.relieftrace.gateway.edge;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.relieftrace.gateway.GatewayConfig;
import org.relieftrace.gateway.proxy.ProxyRoutes;
import org.relieftrace.gateway.proxy.RequestId;
import org.relieftrace.gateway.proxy.UpstreamProblem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 限流 — at most so many write requests ({@code POST/PUT/PATCH/DELETE} under {@code /api}) per user, by a token bucket
 * per user (see {@link GatewayConfig.RateLimit}); beyond it {@code 429} problem+json with {@code Retry-After}.
 * Reads are never limited here.
 */
@Singleton
public class WriteRateLimit {

    /** Just before the proxy routes. */
    public static final int ORDER = ProxyRoutes.ORDER - 10;

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final int MAX_KEYS = 100_000;

    private final GatewayConfig.RateLimit settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    @Inject
    WriteRateLimit(GatewayConfig config) {
        this(config.gateway().writeRateLimit(), System::nanoTime);
    }

    WriteRateLimit(GatewayConfig.RateLimit settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    void register(@Observes Router router) {
        if (settings.enabled()) {
            router.route("/api/*").order(ORDER).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        if (!WRITES.contains(ctx.request().method())) {
            ctx.next();
            return;
        }
        long waitNanos = take(userOf(ctx));
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        JsonObject body = UpstreamProblem.tooManyRequests(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                ctx.request().getHeader(RequestId.HEADER), retryAfter);
        ctx.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, UpstreamProblem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(retryAfter))
                .end(body.toBuffer());
    }

    /** Takes one write from the user's bucket: 0 when allowed, else how long until one is available. */
    long take(String user) {
        if (buckets.size() > MAX_KEYS) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(user, key -> new Bucket(settings.burst(), nanoTime.getAsLong()))
                .take(nanoTime.getAsLong());
    }

    /**
     * The {@code sub} of the bearer token (not validated; a browser session's token has been added by then), else
     * {@code ip:<client address>}.
     */
    static String userOf(RoutingContext ctx) {
        String subject = subjectOf(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (subject != null) {
            return "sub:" + subject;
        }
        SocketAddress peer = ctx.request().remoteAddress();
        return "ip:" + (peer == null ? "unknown" : peer.hostAddress());
    }

    /** The {@code sub} claim of a {@code Bearer} JWT, read without checking the signature; null if there is none. */
    static String subjectOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            Object sub = claims.getValue("sub");
            return sub instanceof String text && !text.isBlank() ? text : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** A token bucket: refills at {@code perSecond} up to {@code capacity}. */
    private final class Bucket {

        private final int capacity;
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1_000_000_000L / settings.perSecond());
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - last;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * settings.perSecond() / 1_000_000_000L);
                last = now;
            }
        }
    }
}
