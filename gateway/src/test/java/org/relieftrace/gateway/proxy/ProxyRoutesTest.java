package org.relieftrace.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.UpstreamStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class ProxyRoutesTest {

    private static Vertx vertx;
    private static HttpClient client;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void startClientVertx() {
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
    }

    @AfterAll
    static void stopClientVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void getArrivesWithPathQueryAndBearerTokenUnchanged() {
        given().header("Authorization", "Bearer abc")
                .when().get("/api/supplies/depots/42/stock?division=330102&page=0&size=20")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/supplies/depots/42/stock?division=330102&page=0&size=20"))
                .body("headers.authorization", equalTo("Bearer abc"))
                .body("headers.host", startsWith("localhost:"));
    }

    @Test
    void postArrivesWithJsonBodyAndBearerTokenUnchanged() {
        String transfer = """
                {"fromDepotId":"5b0c1c52-3f7e-4c55-9a39-0f1f1a2b3c4d","lines":[{"itemCode":"TENT-12","quantity":40}],\
                "reason":"台风过境，转移安置点急需帐篷"}""";
        given().header("Authorization", "Bearer abc")
                .header("Idempotency-Key", "k-2024-07-31-001")
                .contentType("application/json; charset=UTF-8")
                .body(transfer)
                .when().post("/api/supplies/transfers")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/supplies/transfers"))
                .body("body", equalTo(transfer))
                .body("headers.authorization", equalTo("Bearer abc"))
                .body("headers.idempotency-key", equalTo("k-2024-07-31-001"))
                .body("headers.content-type", startsWith("application/json"));
    }

    @Test
    void registryPathsGoToTheRegistryService() {
        given().when().get("/api/registry/divisions/330102")
                .then().statusCode(200)
                .body("uri", equalTo("/api/registry/divisions/330102"));
    }

    @Test
    void forwardedHeadersSayWhatTheGatewaySawAndReplaceTheClientsOwn() {
        given().header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.66;proto=https")
                .when().get("/api/supplies/stock")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + gateway.getPort()))
                .body("headers", not(hasKey("forwarded")));
    }

    @Test
    void unreachableServiceGivesServiceUnavailableProblem() {
        given().header("X-Request-Id", "req-503")
                .when().get("/api/relief/funds")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/upstream-unavailable"))
                .body("title", equalTo("Upstream service unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("relief service cannot be reached"))
                .body("requestId", equalTo("req-503"));
    }

    @Test
    void unreachableServiceProblemSpeaksChineseWhenAsked() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .when().post("/api/relief/cases")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("上游服务不可用"))
                .body("detail", startsWith("救助服务"));
    }

    @Test
    void silentServiceGivesGatewayTimeoutProblem() {
        given().when().get(UpstreamStub.SILENT_PATH)
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/upstream-timeout"))
                .body("status", equalTo(504));
    }

    @Test
    void uploadLastingLongerThanTheUpstreamTimeoutIsNotCutOff() throws Exception {
        HttpClientRequest request = await(client.request(post("/api/supplies/depots/7/stocktakes")));
        request.setChunked(true).putHeader("Content-Type", "text/csv");
        Future<JsonObject> echo = request.response().compose(response -> {
            assertEquals(200, response.statusCode());
            return response.body().map(Buffer::toJsonObject);
        });
        request.write("item,counted\n");
        // The test profile's upstream timeout is 1 s; the rest of the upload follows after 1.5 s.
        vertx.setTimer(1_500, ignored -> request.end("TENT-12,38\n"));

        assertEquals("item,counted\nTENT-12,38\n", await(echo).getString("body"));
    }

    @Test
    void largeBodyArrivesByteForByte() throws Exception {
        byte[] upload = new byte[8 * 1024 * 1024];
        new Random(7).nextBytes(upload);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));
        given().contentType("application/octet-stream")
                .body(upload)
                .when().post("/api/supplies/depots/7/stocktakes/import")
                .then().statusCode(200)
                .body("bodyLength", equalTo(upload.length))
                .body("bodySha256", equalTo(sha256));
    }

    @Test
    void requestBodyStreamsToTheServiceBeforeTheClientHasFinished() throws Exception {
        HttpClientRequest request = await(client.request(post(UpstreamStub.STREAM_PROBE_PATH)));
        request.setChunked(true).putHeader("Content-Type", "text/plain");
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Future<Buffer> body = request.response().compose(response -> {
            status.complete(response.statusCode());
            return response.body();
        });
        request.write("hello");

        // The service answers on the first chunk; a gateway that buffered the body would never pass it on.
        assertEquals(200, status.get(10, TimeUnit.SECONDS));

        request.end("world");
        assertEquals("first-chunk-seen\nrequest-complete:10", await(body).toString());
    }

    @Test
    void expectContinueIsAnsweredByTheGateway() throws Exception {
        HttpClientRequest request = await(client.request(post("/api/supplies/depots/7/receipts")));
        String receipt = "{\"itemCode\":\"RICE-25\",\"quantity\":100}";
        request.putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", String.valueOf(receipt.length()))
                .putHeader("Expect", "100-continue")
                .continueHandler(ignored -> request.end(receipt));
        Future<JsonObject> echo = request.response().compose(response -> {
            assertEquals(200, response.statusCode());
            return response.body().map(Buffer::toJsonObject);
        });
        request.sendHead();

        JsonObject relayed = await(echo);
        assertEquals(receipt, relayed.getString("body"));
        assertFalse(relayed.getJsonObject("headers").containsKey("expect"));
    }

    @Test
    void metricsNameTheServiceRatherThanEachPath() {
        given().when().get("/api/supplies/lots/0c6f9f5e-52a1-4c1e-9e43-1f8a2d6f7b10/trace").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("uri=\"/api/supplies/*\""))
                .body(not(containsString("0c6f9f5e-52a1-4c1e-9e43-1f8a2d6f7b10")));
    }

    @Test
    void pathsOutsideTheBasePathsAreNotRelayed() {
        given().when().get("/api/suppliesX/stock").then().statusCode(404);
        given().when().get("/api/unknown").then().statusCode(404);
    }

    private RequestOptions post(String path) {
        return new RequestOptions().setMethod(HttpMethod.POST).setHost(gateway.getHost()).setPort(gateway.getPort())
                .setURI(path);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
