package org.relieftrace.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * 网关配置 — where the gateway finds the three services and how it treats their traffic.
 *
 * <p>Each service URL is an origin ({@code scheme://host:port}); request paths are relayed unchanged, so a service
 * keeps its own base path ({@code /api/supplies}, {@code /api/relief}, {@code /api/registry}). A service run as several
 * instances is configured as a comma-separated list of origins, one per instance; the gateway balances over them.
 */
@ConfigMapping(prefix = "relief")
public interface GatewayConfig {

    /** Origins of the supplies-service's instances (物资服务), e.g. {@code http://localhost:8081}. */
    List<URI> suppliesUrl();

    /** Origins of the relief-service's instances (救助服务), e.g. {@code http://localhost:8082}. */
    List<URI> reliefUrl();

    /** Origins of the registry-service's instances (登记服务), e.g. {@code http://localhost:8083}. */
    List<URI> registryUrl();

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

        /** Upper bound of pooled HTTP/1.1 connections the gateway keeps to each service instance. */
        int maxConnectionsPerUpstream();

        /**
         * Largest request body (bytes, known {@code Content-Length}) the gateway holds so that it can send a safe
         * request again to another instance when the first broke off; larger bodies stream and are not retried.
         */
        long retryBodyLimit();

        /** How the gateway checks each service instance and takes it out of rotation. */
        HealthCheck healthCheck();

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
     * The periodic check of every service instance's {@code /q/health/ready}: an instance leaves the rotation after
     * {@link #failures()} failed checks in a row (or at once when a connection to it fails) and returns after one
     * passed check.
     */
    interface HealthCheck {

        /** Time between two checks of an instance. */
        Duration interval();

        /** Longest wait for an instance's answer to a check. */
        Duration timeout();

        /** Failed checks in a row that take an instance out of rotation. */
        int failures();
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
