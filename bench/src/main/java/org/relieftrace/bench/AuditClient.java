package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The supplies-service's audit API (审计) as the audit benchmark ({@link AuditBench}) uses it: reads as the admin,
 * posts as the user given, and the waits for the live stock projection to catch up and for a replay to finish.
 */
final class AuditClient {

    /** The audit API's base path. */
    static final String AUDIT = "/api/supplies/audit";

    private final Config config;
    private final HttpClient http;
    private final Keycloak.Token admin;

    AuditClient(Config config, HttpClient http, Keycloak.Token admin) {
        this.config = config;
        this.http = http;
        this.admin = admin;
    }

    /** Waits (up to an hour) until the {@code stock} projection has no lag. */
    void awaitStockCaughtUp() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            JsonNode projections = Http.parse(get(AUDIT + "/projections?size=500", Http.REQUEST_TIMEOUT))
                    .path("items");
            for (JsonNode projection : projections) {
                if (projection.path("name").asText().equals("stock") && projection.path("lag").asLong(-1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the stock projection did not catch up within an hour");
            }
            Thread.sleep(1000);
        }
    }

    /** Waits (up to an hour) until replay {@code id} is done or failed, saying how far it is; its last status. */
    JsonNode awaitReplay(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            JsonNode status = Http.parse(get(AUDIT + "/projections/stock/replays/" + id, Http.REQUEST_TIMEOUT));
            String phase = status.path("phase").asText();
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                return status;
            }
            AuditBench.say("replay %s: %s of %s events, %s/s, ETA %s s", phase, status.path("eventsDone"),
                    status.path("eventsTotal"), status.path("eventsPerSecond"), status.path("etaSeconds"));
            if (System.nanoTime() > deadline) {
                throw new IOException("the replay did not finish within an hour");
            }
            Thread.sleep(5000);
        }
    }

    /** GETs {@code path} of the supplies-service as the admin; the body, which must come with 200. */
    String get(String path, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.send(http, Http.request(config.suppliesUrl(), path, admin.bearer())
                .timeout(timeout).GET().build());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " "
                    + Http.abbreviate(response.body(), 500));
        }
        return response.body();
    }

    /** POSTs {@code body} (none if null) to {@code path} of the supplies-service as {@code who}; the answer's body. */
    String post(Keycloak.Token who, String path, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = Http.send(http, Http.request(config.suppliesUrl(), path, who.bearer())
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : Http.json(body)).build());
        if (response.statusCode() != expected) {
            throw new IOException("POST " + path + ": HTTP " + response.statusCode() + " "
                    + Http.abbreviate(response.body(), 500));
        }
        return response.body();
    }
}
