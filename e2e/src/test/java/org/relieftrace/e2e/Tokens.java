package org.relieftrace.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from the running Keycloak, realm {@code relief}, for the demo users (password {@code demo}). */
final class Tokens {

    private Tokens() {
    }

    /** A bearer token of a demo user, by the password grant of the test client. */
    static String of(String username) {
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
