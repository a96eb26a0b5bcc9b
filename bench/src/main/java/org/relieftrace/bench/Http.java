package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The HTTP and JSON plumbing the benchmark shares: HTTP/1.1 clients with keep-alive, and one ObjectMapper. */
public final class Http {

    /** One mapper for the whole run (thread-safe once configured). */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** How long any single request may take before it counts as failed. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private Http() {
    }

    /** A new HTTP/1.1 client; connections are kept alive and reused by the client's pool. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A request builder for {@code base + path}, with the bearer token if one is given. */
    public static HttpRequest.Builder request(URI base, String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    /** A JSON POST body. */
    public static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write JSON", e);
        }
    }

    /** Sends and reads the body as a string. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Parses a JSON body; a missing node for a body that is not JSON. */
    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** A body cut short enough for a console line or a report. */
    public static String abbreviate(String body, int max) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
