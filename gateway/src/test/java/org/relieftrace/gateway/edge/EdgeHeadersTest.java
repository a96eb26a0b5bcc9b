package org.relieftrace.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.UpstreamStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class EdgeHeadersTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Test
    void requestIdIsIssuedWhenAbsentRelayedAndEchoedOnce() {
        Response response = given().when().get("/api/supplies/stock");

        String issued = response.header("X-Request-Id");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .body("headers.x-request-id", equalTo(issued));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void callersRequestIdIsKept() {
        given().header("X-Request-Id", "console-7f3a:42")
                .when().get("/api/supplies/stock")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("console-7f3a:42"))
                .body("headers.x-request-id", equalTo("console-7f3a:42"));
    }

    @Test
    void malformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "not a plain id <script>")
                .when().get("/api/supplies/stock")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void theApiPageLinksToTheApisAndCarriesTheSecurityHeaders() {
        securityHeadersOn(given().when().get("/apis.html"))
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", PAGE_POLICY)
                .header("X-Request-Id", matchesPattern(UUID))
                .body(containsString("<title>ReliefTrace</title>"))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/api/supplies\""))
                .body(containsString("href=\"/api/relief\""))
                .body(containsString("href=\"/api/registry\""));
        given().when().get("/gateway.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theRootOpensTheConsole() {
        securityHeadersOn(given().redirects().follow(false).when().get("/"))
                .statusCode(303)
                .header("Location", endsWith("/console"));
    }

    @Test
    void proxiedResponsesCarryTheSecurityHeaders() {
        securityHeadersOn(given().when().get("/api/supplies/stock"))
                .statusCode(200)
                .header("Content-Security-Policy", PAGE_POLICY);
    }

    @Test
    void problemResponsesCarryTheSecurityHeaders() {
        securityHeadersOn(given().when().get("/api/relief/funds")).statusCode(503);
    }

    @Test
    void swaggerUiGetsItsOwnContentSecurityPolicy() {
        securityHeadersOn(given().when().get("/q/swagger-ui/"))
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void securityHeadersAreNotDuplicated() {
        Response response = given().when().get("/api/supplies/stock");
        response.then().statusCode(200);
        for (String name : new String[] {"X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                "Content-Security-Policy"}) {
            assertEquals(1, response.headers().getValues(name).size(), name);
        }
    }

    private static io.restassured.response.ValidatableResponse securityHeadersOn(Response response) {
        return response.then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }
}
