package org.relieftrace.supplies;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The published API description names every answer, errors as problem+json, and the idempotency key. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiTest {

    private static final String RECEIPTS = "paths.'/api/supplies/depots/{depotId}/receipts'.post";

    @Test
    void receiptsDescribeTheirErrorsAsProblemsAndAcceptAnIdempotencyKey() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(RECEIPTS + ".responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(RECEIPTS + ".responses.'409'.content.'application/problem+json'", notNullValue())
                .body(RECEIPTS + ".responses.'401'", notNullValue())
                .body(RECEIPTS + ".parameters.name", hasItem("Idempotency-Key"))
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }
}
