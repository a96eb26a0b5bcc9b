package org.relieftrace.gateway.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Two small real HTTP servers, instances {@code a} and {@code b}, configured as the supplies service's two instances;
 * the relief service is two closed ports (no instance can serve). A third server controls them, so that a test can
 * stop and start an instance: {@code POST /instances/{a|b}/stop|start}, {@code POST /flaky/arm},
 * {@code GET /flaky/count}.
 *
 * <p>Each instance answers its readiness check, and echoes any other request as JSON with its own name. Requests to
 * {@value #FLAKY_PATH} are counted over both instances since the last arming; the first one after arming is read in
 * full and then its connection is closed without an answer, as a crashing instance would.
 */
public class UpstreamPair implements QuarkusTestResourceLifecycleManager {

    /** The path whose first request after arming breaks off. */
    public static final String FLAKY_PATH = "/api/supplies/flaky";
    /** Configuration key of the control server's origin. */
    public static final String CONTROL_URL = "test.upstream-pair.control-url";

    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, HttpServer> running = new ConcurrentHashMap<>();
    private final AtomicInteger flakyCount = new AtomicInteger();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        ports.put("a", freePort());
        ports.put("b", freePort());
        await(startInstance("a").toCompletionStage());
        await(startInstance("b").toCompletionStage());
        HttpServer control = vertx.createHttpServer().requestHandler(this::control);
        int controlPort = await(control.listen(0, "localhost").toCompletionStage()).actualPort();
        return Map.of(
                "relief.supplies-url", "http://localhost:" + ports.get("a") + ",http://localhost:" + ports.get("b"),
                "relief.registry-url", "http://localhost:" + ports.get("a"),
                "relief.relief-url", "http://localhost:" + freePort() + ",http://localhost:" + freePort(),
                CONTROL_URL, "http://localhost:" + controlPort);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage());
        }
    }

    private void control(HttpServerRequest request) {
        String[] parts = request.path().split("/");
        if (parts.length == 4 && parts[1].equals("instances") && ports.containsKey(parts[2])) {
            HttpServer server = parts[3].equals("stop") ? running.remove(parts[2]) : null;
            Future<?> done = parts[3].equals("stop")
                    ? server == null ? Future.succeededFuture() : server.close()
                    : startInstance(parts[2]);
            done.onComplete(ignored -> request.response().end("ok"));
        } else if (request.path().equals("/flaky/arm")) {
            flakyCount.set(0);
            request.response().end("armed");
        } else if (request.path().equals("/flaky/count")) {
            request.response().end(Integer.toString(flakyCount.get()));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private synchronized Future<HttpServer> startInstance(String name) {
        if (running.containsKey(name)) {
            return Future.succeededFuture(running.get(name));
        }
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(name, request));
        running.put(name, server);
        return server.listen(ports.get(name), "localhost");
    }

    private void handle(String name, HttpServerRequest request) {
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        request.body().onSuccess(body -> {
            int attempt = request.path().equals(FLAKY_PATH) ? flakyCount.incrementAndGet() : 0;
            if (attempt == 1) {
                request.connection().close();
                return;
            }
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("instance", name)
                    .put("method", request.method().name())
                    .put("attempt", attempt)
                    .put("body", body.toString())
                    .encode());
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("upstream pair did not start or stop", e);
        }
    }
}
