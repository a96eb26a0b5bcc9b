package org.relieftrace.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.GatewayConfig;
import org.relieftrace.gateway.UpstreamStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The per-user limit on writes: a bucket per token subject (or client IP), reads never limited, 429 beyond. */
@QuarkusTest
@WithTestResource(UpstreamStub.class)
@TestProfile(WriteRateLimitTest.Tight.class)
class WriteRateLimitTest {

    /** Three writes at once, then one every hundred seconds. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relief.gateway.write-rate-limit.per-second", "0.01",
                    "relief.gateway.write-rate-limit.burst", "3");
        }
    }

    @Test
    void theFourthQuickWriteOfAUserIsRefusedWithRetryAfterWhileOthersAndReadsGoOn() {
        String alice = token("alice-" + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + alice).body("{}").contentType("application/json")
                    .when().post("/api/supplies/transfers").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + alice).header("Accept-Language", "en")
                .header("X-Request-Id", "rl-1").body("{}").contentType("application/json")
                .when().post("/api/supplies/transfers")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]{0,2}"))
                .body("type", equalTo("https://relieftrace.org/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("requestId", equalTo("rl-1"));
        given().header("Authorization", "Bearer " + alice).when().get("/api/supplies/depots/1/stock")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + token("bob-" + System.nanoTime())).body("{}")
                .contentType("application/json").when().delete("/api/registry/depots/1").then().statusCode(200);
    }

    @Test
    void aBucketRefillsAtTheConfiguredRate() {
        AtomicLong now = new AtomicLong(0);
        WriteRateLimit limit = new WriteRateLimit(settings(2, 2), now::get);
        assertEquals(0L, limit.take("u"));
        assertEquals(0L, limit.take("u"));
        assertEquals(500_000_000L, limit.take("u"));
        assertEquals(0L, limit.take("v"));
        now.addAndGet(500_000_000L);
        assertEquals(0L, limit.take("u"));
        assertTrue(limit.take("u") > 0);
    }

    @Test
    void theUserIsTheSubjectOfABearerJwtReadWithoutValidation() {
        assertEquals("carol", WriteRateLimit.subjectOf("Bearer " + token("carol")));
        assertEquals("carol", WriteRateLimit.subjectOf("bearer " + token("carol")));
        assertNull(WriteRateLimit.subjectOf("Bearer not-a-jwt"));
        assertNull(WriteRateLimit.subjectOf("Bearer a.%%%.c"));
        assertNull(WriteRateLimit.subjectOf("Basic YTpi"));
        assertNull(WriteRateLimit.subjectOf(null));
    }

    private static String token(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    private static GatewayConfig.RateLimit settings(double perSecond, int burst) {
        return new GatewayConfig.RateLimit() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public double perSecond() {
                return perSecond;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }
}
