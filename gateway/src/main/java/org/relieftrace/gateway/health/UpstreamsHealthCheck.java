package org.relieftrace.gateway.health;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.relieftrace.gateway.upstream.Upstream;
import org.relieftrace.gateway.upstream.UpstreamHealth;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;

/**
 * Reports whether each service behind the gateway is ready, under {@code /q/health/well}.
 *
 * <p>Informational only: it is a wellness check, not a readiness or liveness check, so the gateway stays ready (and
 * alive) while a service is down — it then answers that service's routes with {@code 503} problems. Each call checks
 * every instance's {@code GET /q/health/ready} now ({@link UpstreamHealth}); a service is {@code UP} while one of its
 * instances is ready, and {@code <service>.instances} lists each instance's state.
 */
@Wellness
@Singleton
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private final UpstreamHealth health;

    UpstreamsHealthCheck(UpstreamHealth health) {
        this.health = health;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(() -> health.checkAll().toCompletionStage()).map(checks -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            for (Upstream upstream : Upstream.values()) {
                List<UpstreamHealth.Check> of = checks.stream()
                        .filter(check -> check.instance().upstream() == upstream).toList();
                boolean ready = of.stream().anyMatch(UpstreamHealth.Check::ready);
                response.withData(upstream.key(), ready ? "UP" : "DOWN");
                response.withData(upstream.key() + ".instances", of.stream()
                        .map(check -> check.instance() + " " + (check.ready() ? "UP" : "DOWN"))
                        .collect(Collectors.joining(", ")));
                if (!ready) {
                    response.down();
                }
            }
            return response.build();
        });
    }
}
