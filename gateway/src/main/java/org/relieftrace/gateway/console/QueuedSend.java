package org.relieftrace.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.json.JsonObject;

/**
 * 离线待发送 — a form entry the browser kept while it was offline and now sends from its queue, to the same console
 * endpoint the form posts to, with the key minted when the entry was made. The browser only stores and forwards, so
 * it is told plainly how it went: {@code 200} JSON when the service took it (also when it answered a repeat of the
 * key with the first answer), or the service's refusal with its own status as {@code application/problem+json}.
 */
public final class QueuedSend {

    /** The header the browser's queue sends with an entry ({@code 1}). */
    public static final String HEADER = "X-Relief-Queued";

    /**
     * A refusal's media type. The queue asks for JSON or this; the form posts that take queued entries must declare
     * both beside their page, or the request is refused with {@code 406} before it reaches them.
     */
    public static final String PROBLEM = "application/problem+json";

    private QueuedSend() {
    }

    /** Whether the request comes from the browser's queue rather than from the form itself. */
    public static boolean isQueued(String header) {
        return "1".equals(header);
    }

    /** The service took the entry; {@code detail} says what it recorded, for the user. */
    public static Response sent(String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", "sent");
        body.put("detail", detail == null ? "" : detail);
        return Response.ok(new JsonObject(body).encode(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The service refused the entry (or could not be reached): its problem, with its status. */
    public static Response refused(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        List<Map<String, String>> errors = new ArrayList<>();
        problem.fields().forEach(field -> errors.add(Map.of("field", field.field(), "message",
                field.message() == null ? "" : field.message())));
        body.put("errors", errors);
        return Response.status(problem.status()).type(PROBLEM)
                .entity(new JsonObject(body).encode()).build();
    }
}
