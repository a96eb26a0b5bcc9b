package org.relieftrace.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** Real access tokens from the running Keycloak, realm {@code relief}, for the demo users (password {@code demo}). */
final class Tokens {

    private Tokens() {
    }

    /** Tokens live 15 minutes; a cached one is fetched again after 10, as the whole run takes longer. */
    private static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(String token, Instant fetched) {
    }

    private static final Map<String, Kept> CACHED = new ConcurrentHashMap<>();

    /** A bearer token of a demo user, by the password grant of the test client. */
    static String of(String username) {
        return fresh(username);
    }

    /** A token of a demo user kept for ten minutes (for quick, many-call tests). */
    static String cached(String username) {
        return CACHED.compute(username, (user, kept) -> kept != null
                && kept.fetched().plus(KEPT).isAfter(Instant.now()) ? kept : new Kept(fresh(user), Instant.now()))
                .token();
    }

    private static String fresh(String username) {
        return given().baseUri(RunningSystem.keycloak())
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "relief-test")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post("/realms/relief/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
