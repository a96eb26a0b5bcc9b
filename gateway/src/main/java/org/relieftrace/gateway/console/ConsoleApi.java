package org.relieftrace.gateway.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.gateway.upstream.Upstream;
import org.relieftrace.gateway.upstream.UpstreamInstance;
import org.relieftrace.gateway.upstream.Upstreams;

import org.relieftrace.contracts.api.ListPage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The console's only way to data: the public API of the services (the paths of the API map, e.g.
 * {@code /api/supplies/depots/{id}/stock}), called with the user's own access token and language. A refusal comes
 * back as an {@link ApiProblem} carrying the service's message, which the page then shows.
 *
 * <p>Pages read typed views: {@link #get(String, Class)} for one record, {@link #list(String, Class)} for a list in
 * the API's one envelope {@link ListPage}. The view records are mirrored in the console's feature packages with only
 * the fields the pages use; fields the services add are ignored. Audit pages, which show any aggregate's state as it
 * is, read the plain JSON tree ({@link #get(String)}).
 *
 * <p>A call goes to the next instance of the service in rotation ({@link Upstreams}); when the connection to it fails,
 * to the next one. Every call is safe to send again: reads, and commands with an idempotency key.
 */
@ApplicationScoped
public class ConsoleApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Upstreams upstreams;

    @Inject
    Console console;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code GET path} (with its query); the JSON answer as it is. */
    public JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    /** {@code GET path}: one record, read as the given view. */
    public <T> T get(String path, Class<T> view) {
        return Views.one(json, get(path), view);
    }

    /** {@code GET path} of a list: one page of it, each item read as the given view. */
    public <T> ListPage<T> list(String path, Class<T> item) {
        return Views.page(json, get(path), item);
    }

    /** An answer already received (a file upload's), read as the given view. */
    public <T> T read(JsonNode answer, Class<T> view) {
        return Views.one(json, answer, view);
    }

    /** {@code POST path} as {@link #post(String, Object, String)}, the answer read as the given view. */
    public <T> T post(String path, Object body, String idempotencyKey, Class<T> view) {
        return Views.one(json, post(path, body, idempotencyKey), view);
    }

    /** {@code POST path} with a JSON body and an idempotency key; the JSON answer (empty for none). */
    public JsonNode post(String path, Object body, String idempotencyKey) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code POST path} with one file as the multipart form part {@code file}. */
    public JsonNode postFile(String path, String fileName, String contentType, byte[] content,
                             String idempotencyKey) {
        String boundary = "relief-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A file the API answers (a PDF, a bank file): its bytes and the headers a browser needs to save or show it. */
    public record Download(byte[] body, String contentType, String disposition) {
    }

    /** {@code GET path} of a file; a refusal is an {@link ApiProblem} like any other. */
    public Download download(String path) {
        HttpResponse<byte[]> response = exchange(request(path).setHeader("Accept", "*/*").GET().build());
        if (response.statusCode() >= 400) {
            throw problem(response.statusCode(), parse(response.body()));
        }
        return new Download(response.body(), response.headers().firstValue("Content-Type")
                .orElse("application/octet-stream"), response.headers().firstValue("Content-Disposition").orElse(null));
    }

    /** {@code POST path} with a text body of the given type (a bank's result file) and an idempotency key. */
    public JsonNode postText(String path, String contentType, String text, String idempotencyKey) {
        return send(request(path).header("Content-Type", contentType).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(origin(path).resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + console.viewer().accessToken())
                .header("Accept-Language", console.acceptLanguage())
                .header("Accept", "application/json, application/problem+json");
        String requestId = console.requestId();
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        return builder;
    }

    /** The first configured instance; {@link #exchange} sends the request to the one in turn. */
    private URI origin(String path) {
        return upstreams.all(upstream(path)).getFirst().origin().uri();
    }

    private static Upstream upstream(String path) {
        for (Upstream upstream : Upstream.values()) {
            if (path.startsWith(upstream.basePath() + "/")) {
                return upstream;
            }
        }
        throw new IllegalArgumentException("not a public API path: " + path);
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<byte[]> response = exchange(request);
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw problem(response.statusCode(), body);
        }
        return body;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        String target = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        for (UpstreamInstance instance : upstreams.candidates(upstream(request.uri().getRawPath()))) {
            HttpRequest toInstance = HttpRequest.newBuilder(request, (name, value) -> true)
                    .uri(instance.origin().uri().resolve(target)).build();
            try {
                return http.send(toInstance, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                throw unreachable();
            } catch (IOException e) {
                instance.connectionFailed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unreachable();
            }
        }
        throw unreachable();
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private ApiProblem problem(int status, JsonNode body) {
        List<ApiProblem.Field> fields = new ArrayList<>();
        body.path("errors").forEach(error -> fields.add(new ApiProblem.Field(error.path("field").asText(),
                error.path("message").asText())));
        String title = body.path("title").asText(null);
        return new ApiProblem(status, body.path("type").asText(null),
                title != null ? title : console.text("problem_status_" + (status / 100) + "xx"),
                body.path("detail").asText(null), fields);
    }

    private ApiProblem unreachable() {
        return new ApiProblem(502, null, console.text("problem_unreachable"), null, List.of());
    }
}
