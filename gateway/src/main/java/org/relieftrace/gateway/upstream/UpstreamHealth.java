package org.relieftrace.gateway.upstream;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.relieftrace.gateway.GatewayConfig;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;

/**
 * 实例巡检 — checks every service instance's {@code GET /q/health/ready} at a fixed interval and takes instances out
 * of rotation or puts them back ({@link GatewayConfig.HealthCheck}). A check passes on {@code 200} within the check
 * timeout; anything else (no connection, {@code 503} while the instance starts or stops, silence) fails it.
 */
@Singleton
public class UpstreamHealth {

    private static final String SERVICE_READINESS_PATH = "/q/health/ready";

    private final Vertx vertx;
    private final Upstreams upstreams;
    private final UpstreamClient client;
    private final GatewayConfig.HealthCheck settings;
    private long timer = -1;

    UpstreamHealth(Vertx vertx, Upstreams upstreams, UpstreamClient client, GatewayConfig config) {
        this.vertx = vertx;
        this.upstreams = upstreams;
        this.client = client;
        this.settings = config.gateway().healthCheck();
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(1, settings.interval().toMillis(), ignored -> checkAll());
    }

    @PreDestroy
    void stop() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    /** Checks every instance now; completes with each result once rotation is updated. */
    public Future<List<Check>> checkAll() {
        List<Future<Check>> checks = upstreams.all().stream().map(this::check).toList();
        return Future.join(checks).map(done -> checks.stream().map(Future::result).toList());
    }

    /** What one check of an instance found. */
    public record Check(UpstreamInstance instance, boolean ready) {
    }

    /** Seconds a client should wait before trying a service again that has no instance in rotation. */
    public long retryAfterSeconds() {
        return Math.max(1, (settings.interval().toMillis() + 999) / 1000);
    }

    private Future<Check> check(UpstreamInstance instance) {
        long timeout = settings.timeout().toMillis();
        return client.httpClient()
                .request(instance.origin().requestOptions()
                        .setConnectTimeout(timeout)
                        .setIdleTimeout(timeout)
                        .setMethod(HttpMethod.GET)
                        .setURI(SERVICE_READINESS_PATH))
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200))
                .otherwise(false)
                .onSuccess(ready -> {
                    if (ready) {
                        instance.checkPassed();
                    } else {
                        instance.checkFailed(settings.failures());
                    }
                })
                .map(ready -> new Check(instance, ready));
    }
}
