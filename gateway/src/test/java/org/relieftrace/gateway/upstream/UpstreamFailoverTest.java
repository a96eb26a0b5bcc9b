package org.relieftrace.gateway.upstream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The gateway balancing over two real instances of a service, and what it does when they fail. */
@QuarkusTest
@WithTestResource(UpstreamPair.class)
class UpstreamFailoverTest {

    private static final String ECHO = "/api/supplies/echo";

    @BeforeEach
    void bothInstancesInRotation() {
        control("POST", "/instances/a/start");
        control("POST", "/instances/b/start");
        // a wellness call checks every instance now; a passed check puts an instance back in rotation
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/q/health/well").then()
                .body("checks[0].data.'supplies.instances'", startsWith("http://localhost"))
                .body("checks[0].data.'supplies.instances'", not(containsString("DOWN"))));
    }

    @Test
    void requestsAreSharedRoundRobinBetweenTheInstances() {
        List<String> answeredBy = getEcho(10);
        assertEquals(5, Collections.frequency(answeredBy, "a"), answeredBy.toString());
        assertEquals(5, Collections.frequency(answeredBy, "b"), answeredBy.toString());
    }

    @Test
    void aStoppedInstanceIsLeftOutWithoutErrorsAndComesBackWhenRestarted() {
        control("POST", "/instances/a/stop");
        assertEquals(Collections.nCopies(6, "b"), getEcho(6));
        // a command without an idempotency key may go to another instance when the connection was refused
        given().contentType("application/json").body("{\"lot\":1}")
                .when().post("/api/supplies/receipts")
                .then().statusCode(200).body("instance", equalTo("b"));
        given().when().get("/q/health/well").then()
                .body("checks[0].data.supplies", equalTo("UP"))
                .body("checks[0].data.'supplies.instances'", containsString("DOWN"));

        control("POST", "/instances/a/start");
        await().atMost(Duration.ofSeconds(10)).until(() -> getEcho(2).contains("a"));
    }

    @Test
    void aCommandWithAnIdempotencyKeyIsSentAgainToTheOtherInstanceWhenTheFirstBreaksOff() {
        control("POST", "/flaky/arm");
        given().header("Idempotency-Key", "receipt-7").contentType("application/json").body("{\"lot\":7}")
                .when().post(UpstreamPair.FLAKY_PATH)
                .then().statusCode(200)
                .body("attempt", equalTo(2))
                .body("body", equalTo("{\"lot\":7}"));
        assertEquals("2", control("GET", "/flaky/count"));
    }

    @Test
    void aCommandWithoutAnIdempotencyKeyIsNotSentAgainOnceItMayHaveReachedAnInstance() {
        control("POST", "/flaky/arm");
        given().header("X-Request-Id", "req-broken").contentType("application/json").body("{\"lot\":8}")
                .when().post(UpstreamPair.FLAKY_PATH)
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/upstream-failed"))
                .body("requestId", equalTo("req-broken"));
        assertEquals("1", control("GET", "/flaky/count"));
    }

    @Test
    void aReadIsSentAgainToTheOtherInstanceWhenTheFirstBreaksOff() {
        control("POST", "/flaky/arm");
        Response answer = given().when().get(UpstreamPair.FLAKY_PATH);
        assertEquals(200, answer.statusCode());
        assertEquals(2, answer.jsonPath().getInt("attempt"));
    }

    @Test
    void noInstanceToServeGivesOneServiceUnavailableProblemWithRetryAfter() {
        given().header("X-Request-Id", "req-503")
                .when().get("/api/relief/funds")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/upstream-unavailable"))
                .body("status", equalTo(503))
                .body("requestId", equalTo("req-503"));
    }

    @Test
    void bothInstancesStoppedGivesServiceUnavailable() {
        control("POST", "/instances/a/stop");
        control("POST", "/instances/b/stop");
        given().contentType("application/json").body("{}")
                .when().post("/api/supplies/receipts")
                .then().statusCode(503)
                .header("Retry-After", "1");
    }

    private List<String> getEcho(int times) {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answeredBy.add(given().when().get(ECHO).then().statusCode(200).extract().path("instance"));
        }
        return answeredBy;
    }

    private String control(String method, String path) {
        String control = ConfigProvider.getConfig().getValue(UpstreamPair.CONTROL_URL, String.class);
        return given().when().request(method, control + path).then().statusCode(200)
                .extract().asString();
    }
}
