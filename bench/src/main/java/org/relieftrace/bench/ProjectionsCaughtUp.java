package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Waits until every event processor of the supplies-service has caught up with the event store (投影追平): its
 * {@code /api/supplies/audit/projections} lists each processor's lag, and all of them must be 0, twice in a row.
 */
final class ProjectionsCaughtUp {

    private static final Duration LIMIT = Duration.ofMinutes(60);

    private final Config config;
    private final Keycloak.Token admin;
    private final HttpClient http = Http.newClient();

    ProjectionsCaughtUp(Config config, Keycloak.Token admin) {
        this.config = config;
        this.admin = admin;
    }

    void await() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            HttpResponse<String> answer = Http.send(http, Http.request(config.suppliesUrl(),
                    "/api/supplies/audit/projections?size=500", admin.bearer()).GET().build());
            if (answer.statusCode() != 200) {
                throw new IOException("projections: HTTP " + answer.statusCode() + " "
                        + Http.abbreviate(answer.body(), 300));
            }
            long behind = 0;
            for (JsonNode projection : Http.parse(answer.body()).path("items")) {
                behind += Math.max(0, projection.path("lag").asLong(0));
            }
            quiet = behind == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IOException("the projections did not catch up within " + LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(1000);
        }
    }
}
