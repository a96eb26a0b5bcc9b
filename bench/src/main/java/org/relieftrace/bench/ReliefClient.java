package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The payout benchmark's ({@link ReliefPayout}) way into the registry and relief services: one HTTP client, requests
 * as the demo users (村/镇/县 civil affairs and finance) with their tokens fetched once and kept for the run, and the
 * waits for a service to have projected what a request refers to.
 */
final class ReliefClient {

    private final Keycloak keycloak;
    private final HttpClient http = Http.newClient();
    private final Map<String, Keycloak.Token> tokens = new ConcurrentHashMap<>();

    ReliefClient(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** Waits until {@code path} answers 200 with a body {@code ready} accepts. */
    void awaitJson(URI base, String path, String user, Predicate<JsonNode> ready)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ReliefPayout.GIVE_UP_AFTER.toNanos();
        while (true) {
            HttpResponse<String> answer = send("GET", base, path, user, null);
            if (answer.statusCode() == 200 && ready.test(Http.parse(answer.body()))) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(path + " did not become ready in time: " + answer.statusCode() + " "
                        + Http.abbreviate(answer.body(), 300));
            }
            Thread.sleep(ReliefPayout.POLL_EVERY);
        }
    }

    /** Sends, repeating while the service has not projected what the request refers to yet (404, 409). */
    JsonNode retry(String method, URI base, String path, String user, Object body, int expected)
            throws IOException, InterruptedException {
        return retry(method, base, path, user, body, expected, 404);
    }

    /** As above, repeating on {@code passing} too. */
    JsonNode retry(String method, URI base, String path, String user, Object body, int expected,
                   int alsoPassing) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        IntPredicate passing = status -> status == 404 || status == 409 || status == alsoPassing;
        while (true) {
            HttpResponse<String> answer = send(method, base, path, user, body);
            if (answer.statusCode() == expected) {
                return Http.parse(answer.body());
            }
            if (!passing.test(answer.statusCode()) || System.nanoTime() - deadline > 0) {
                throw new IOException(method + " " + path + " was answered " + answer.statusCode() + ": "
                        + Http.abbreviate(answer.body(), 300));
            }
            Thread.sleep(ReliefPayout.POLL_EVERY);
        }
    }

    /** Posts {@code body} as JSON; the answer's JSON, which must come with {@code expected}. */
    JsonNode post(URI base, String path, String user, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send("POST", base, path, user, body);
        if (answer.statusCode() != expected) {
            throw new IOException("POST " + path + " was answered " + answer.statusCode() + ", not " + expected
                    + ": " + Http.abbreviate(answer.body(), 300));
        }
        return Http.parse(answer.body());
    }

    /** Sends {@code body} (none if null) as JSON, in English, as {@code user}. */
    HttpResponse<String> send(String method, URI base, String path, String user, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = Http.request(base, path, token(user)).timeout(ReliefPayout.GIVE_UP_AFTER)
                .header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, Http.json(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(http, request.build());
    }

    /** Sends a request built by the caller (with {@link #token}). */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return Http.send(http, request);
    }

    /** The bearer token of {@code user}, fetched on first use. */
    String token(String user) throws IOException, InterruptedException {
        return tokens.computeIfAbsent(user, u -> keycloak.password("relief-test", u, "demo")).bearer();
    }
}
