package org.relieftrace.gateway;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * 网关配置 — where the gateway finds the three services and how it treats their traffic.
 *
 * <p>Each service URL is an origin ({@code scheme://host:port}); request paths are relayed unchanged, so a service
 * keeps its own base path ({@code /api/supplies}, {@code /api/relief}, {@code /api/registry}).
 */
@ConfigMapping(prefix = "relief")
public interface GatewayConfig {

    /** Origin of the supplies-service (物资服务), e.g. {@code http://localhost:8081}. */
    URI suppliesUrl();

    /** Origin of the relief-service (救助服务), e.g. {@code http://localhost:8082}. */
    URI reliefUrl();

    /** Origin of the registry-service (登记服务), e.g. {@code http://localhost:8083}. */
    URI registryUrl();

    /** How the gateway talks to the services and what it adds to its responses. */
    Gateway gateway();

    /** Connection and response-header settings of the gateway. */
    interface Gateway {

        /** Longest wait for a TCP (and TLS) connection to a service before answering {@code 502}. */
        Duration connectTimeout();

        /**
         * Longest wait for a service's response to start once the request has been sent in full; then {@code 504}.
         * Uploads themselves, and responses once started, have no time limit here.
         */
        Duration upstreamTimeout();

        /** Upper bound of pooled HTTP/1.1 connections the gateway keeps to each service. */
        int maxConnectionsPerUpstream();

        /** {@code Content-Security-Policy} of the gateway's own pages and of API responses that carry none. */
        String contentSecurityPolicy();

        /** {@code Content-Security-Policy} of Swagger UI, which needs its own scripts and styles. */
        String swaggerUiContentSecurityPolicy();

        /** {@code Content-Security-Policy} of the web console's pages (their own scripts, styles and forms). */
        String consoleContentSecurityPolicy();

        /** The per-user limit on write requests ({@code POST/PUT/PATCH/DELETE} under {@code /api}). */
        RateLimit writeRateLimit();
    }

    /**
     * A token bucket per user: {@link #perSecond()} writes a second on average, up to {@link #burst()} at once. The
     * user is the {@code sub} of the bearer token (read, not validated: the services validate it; for a browser
     * the token of its session), else the client's IP address.
     */
    interface RateLimit {

        /** Off: no limit at all. */
        boolean enabled();

        /** Writes a second a user may send on average (a fraction for less than one a second). */
        double perSecond();

        /** Writes a user may send at once after a quiet spell. */
        int burst();
    }
}
