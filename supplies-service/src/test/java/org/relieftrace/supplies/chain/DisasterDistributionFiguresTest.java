package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** 分发统计: what a disaster's households received, per township, for the 救灾工作情况统计快报表. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DisasterDistributionFiguresTest {

    private static final String FIGURES = "/api/supplies/disasters/{d}/distribution-figures";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private void distribute(UUID household, String idNumber) {
        given().contentType(ContentType.JSON).body("""
                        {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                         "recipientName": "户主", "recipientIdNumber": "%s"}""".formatted(household, chain.disaster,
                        idNumber))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void theHouseholdsOfATownshipAndWhatTheyReceivedAreCountedPerDisaster() {
        chain.receive(chain.village, "TENT-12", "T-FIG", 10, "2026-01-01", null);
        UUID first = chain.household(ChainFixture.VILLAGE, "500118198806061234");
        UUID second = chain.household(ChainFixture.VILLAGE, "500118198806061242");
        chain.awaitHousehold(first);
        chain.awaitHousehold(second);
        distribute(first, "500118198806061234");
        distribute(second, "500118198806061242");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("division", ChainFixture.TOWNSHIP).get(FIGURES, chain.disaster).then()
                        .statusCode(200).body("total", equalTo(1))
                        .body("items[0].townshipCode", equalTo(ChainFixture.TOWNSHIP))
                        .body("items[0].households", equalTo(2)).body("items[0].quantity", equalTo(2))
                        .body("items[0].items.itemCode", contains("TENT-12")));
        given().get(FIGURES, UUID.randomUUID()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "laisu-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = "500118109000"))
    void anotherTownshipDoesNotReadThisOnesFigures() {
        given().queryParam("division", ChainFixture.TOWNSHIP).get(FIGURES, chain.disaster).then().statusCode(403);
    }
}
