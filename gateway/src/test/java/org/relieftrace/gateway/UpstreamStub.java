package org.relieftrace.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A small real HTTP server standing in for the services while they are being built: it echoes what reached it as
 * JSON, so a test can see through the gateway's response exactly what the gateway relayed.
 *
 * <p>It is configured as the supplies and registry service; the relief service points at a closed port.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    /** Path of the stub that answers as soon as the first request bytes arrive, before the request has ended. */
    public static final String STREAM_PROBE_PATH = "/api/supplies/stream-probe";
    /** Path of the stub that reads the request and never answers. */
    public static final String SILENT_PATH = "/api/supplies/silent";
    /** Body of the stub's {@code /q/openapi}. */
    public static final String OPENAPI_DOCUMENT = """
            openapi: 3.1.0
            info:
              title: supplies-service stub
              version: '1'
            """;

    private static final int ECHOED_BODY_LIMIT = 64 * 1024;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(UpstreamStub::handle);
        int port = await(server.listen(0, "localhost").toCompletionStage()).actualPort();
        String stub = "http://localhost:" + port;
        return Map.of(
                "relief.supplies-url", stub,
                "relief.registry-url", stub,
                "relief.relief-url", "http://localhost:" + closedPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage());
        }
    }

    private static void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/q/health/ready" -> request.response().putHeader("Content-Type", "application/json")
                    .end("{\"status\":\"UP\",\"checks\":[]}");
            case "/q/openapi" -> request.response().putHeader("Content-Type", "application/yaml")
                    .putHeader("X-Stub-Query", String.valueOf(request.query())).end(OPENAPI_DOCUMENT);
            case STREAM_PROBE_PATH -> answerOnFirstChunk(request);
            case SILENT_PATH -> request.body();
            default -> echo(request);
        }
    }

    private static void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyLength", body.length())
                    .put("bodySha256", sha256(body));
            if (body.length() <= ECHOED_BODY_LIMIT) {
                echo.put("body", body.toString());
            }
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Request-Id", request.getHeader("X-Request-Id") == null ? "none"
                            : request.getHeader("X-Request-Id"))
                    .end(echo.encode());
        });
    }

    /** Starts the response on the first chunk and ends it when the request ends, reporting the bytes received. */
    private static void answerOnFirstChunk(HttpServerRequest request) {
        long[] received = {0};
        request.handler(chunk -> {
            if (received[0] == 0) {
                request.response().setChunked(true).putHeader("Content-Type", "text/plain")
                        .write("first-chunk-seen\n");
            }
            received[0] += chunk.length();
        });
        request.endHandler(ignored -> request.response().end("request-complete:" + received[0]));
    }

    private static String sha256(Buffer body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start or stop", e);
        }
    }
}
