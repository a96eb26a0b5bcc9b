package org.relieftrace.gateway.health;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.relieftrace.gateway.GatewayConfig;
import org.relieftrace.gateway.proxy.Upstream;
import org.relieftrace.gateway.proxy.UpstreamClient;
import org.relieftrace.gateway.proxy.UpstreamOrigin;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;

/**
 * Reports whether each service behind the gateway is ready, under {@code /q/health/well}.
 *
 * <p>Informational only: it is a wellness check, not a readiness or liveness check, so the gateway stays ready (and
 * alive) while a service is down — it then answers that service's routes with {@code 502} problems. Each probe is a
 * {@code GET /q/health/ready} on the service, given two seconds.
 */
@Wellness
@Singleton
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final String SERVICE_READINESS_PATH = "/q/health/ready";

    private final GatewayConfig config;
    private final UpstreamClient client;

    UpstreamsHealthCheck(GatewayConfig config, UpstreamClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = Arrays.stream(Upstream.values()).map(this::probe).toList();
        return Uni.join().all(probes).andCollectFailures().map(results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            for (Probe probe : results) {
                response.withData(probe.upstream().key(), probe.ready() ? "UP" : "DOWN");
                if (!probe.ready()) {
                    response.down();
                }
            }
            return response.build();
        });
    }

    private Uni<Probe> probe(Upstream upstream) {
        UpstreamOrigin origin = UpstreamOrigin.of(upstream, upstream.url(config));
        Future<Boolean> ready = client.httpClient()
                .request(origin.requestOptions()
                        .setConnectTimeout(PROBE_TIMEOUT.toMillis())
                        .setIdleTimeout(PROBE_TIMEOUT.toMillis())
                        .setMethod(HttpMethod.GET)
                        .setURI(SERVICE_READINESS_PATH))
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200));
        return Uni.createFrom().completionStage(ready.toCompletionStage())
                .onFailure().recoverWithItem(false)
                .map(isReady -> new Probe(upstream, isReady));
    }

    private record Probe(Upstream upstream, boolean ready) {
    }
}
