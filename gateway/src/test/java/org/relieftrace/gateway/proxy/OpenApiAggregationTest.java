package org.relieftrace.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.UpstreamStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class OpenApiAggregationTest {

    @Test
    void serviceDocumentIsFetchedFromItsOpenApiEndpoint() {
        given().when().get("/openapi/supplies?format=yaml")
                .then().statusCode(200)
                .body(equalTo(UpstreamStub.OPENAPI_DOCUMENT))
                .header("X-Stub-Query", "format=yaml");
    }

    @Test
    void documentOfAnUnreachableServiceIsAServiceUnavailableProblem() {
        given().when().get("/openapi/relief")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/upstream-unavailable"));
    }

    @Test
    void swaggerUiListsTheThreeServices() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/supplies"))
                .body(containsString("/openapi/relief"))
                .body(containsString("/openapi/registry"));
    }
}
