package org.relieftrace.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.UpstreamStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class UpstreamsHealthCheckTest {

    @Test
    void gatewayIsReadyAndAliveWhileAServiceIsDown() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void wellnessReportsEachService() {
        given().when().get("/q/health/well")
                .then().statusCode(503)
                .body("checks[0].name", equalTo("upstreams"))
                .body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.supplies", equalTo("UP"))
                .body("checks[0].data.registry", equalTo("UP"))
                .body("checks[0].data.relief", equalTo("DOWN"));
    }
}
