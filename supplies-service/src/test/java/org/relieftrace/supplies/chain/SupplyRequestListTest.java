package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestMessages.SubmitSupplyRequest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The lists behind the console: requests from below awaiting a division, and a depot's stocktakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SupplyRequestListTest {

    @Inject
    CommandGateway commandGateway;

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "zhutuo-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.TOWNSHIP))
    void theTownshipSeesItsVillagesRequestAwaitingItThenTheCountyOnceItApproved() {
        UUID request = UUID.randomUUID();
        commandGateway.sendAndWait(new SubmitSupplyRequest(request, ChainFixture.VILLAGE, "VILLAGE",
                UUID.randomUUID(), 40, List.of(new RequestedItem("TENT-12", 3))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/supplies/requests?awaiting={d}&status=SUBMITTED", ChainFixture.TOWNSHIP)
                .then().statusCode(200).body("items.requestId", hasItem(request.toString())));
        given().get("/api/supplies/requests/{id}", request).then().statusCode(200)
                .body("awaitingDivision", equalTo(ChainFixture.TOWNSHIP)).body("submittedAt", not(empty()))
                .body("items[0].outstanding", equalTo(3)).body("actions", equalTo(List.of("approve", "reject")));

        given().contentType(ContentType.JSON).body("{\"reason\": \"核实受灾人数\"}")
                .post("/api/supplies/requests/{id}/approve", request).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/supplies/requests?awaiting={d}", ChainFixture.COUNTY).then().statusCode(200)
                .body("items.requestId", hasItem(request.toString())));
        given().get("/api/supplies/requests?awaiting={d}", ChainFixture.TOWNSHIP).then().statusCode(200)
                .body("items.requestId", not(hasItem(request.toString())));
        // once the township has approved, it may still reject but no longer approve: the county's turn
        given().get("/api/supplies/requests/{id}", request).then().statusCode(200)
                .body("actions", equalTo(List.of("reject")));
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/approval-tier"));
        given().get("/api/supplies/requests?status=IN_REVIEW").then().statusCode(200)
                .body("items.find { it.requestId == '%s' }.approvedBy".formatted(request), equalTo(
                        List.of(ChainFixture.TOWNSHIP)));
    }

    @Test
    @TestSecurity(user = "zhutuo-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.TOWNSHIP))
    void aListAskedWithAnUnknownStatusOrAMalformedDivisionIsRefusedNamingTheParameter() {
        given().get("/api/supplies/requests?status=LOST").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().get("/api/supplies/requests?awaiting=5001").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("awaiting"));
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void aDepotsStocktakesListOnlyItsOwnWithWhenTheyWereOpened() {
        ChainFixture chain = new ChainFixture(events, dataSource);
        chain.receive(chain.village, "TENT-12", "ST-V-1", 5, "2026-01-01", null);
        chain.receive(chain.township, "TENT-12", "ST-T-1", 5, "2026-01-01", null);
        UUID mine = start(chain.village);
        UUID elsewhere = start(chain.township);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/stocktakes", chain.village).then().statusCode(200)
                .body("items.stocktakeId", equalTo(List.of(mine.toString())))
                .body("items[0].status", equalTo("OPEN")).body("items[0].openedAt", not(empty()))
                .body("total", equalTo(1)));
        given().get("/api/supplies/depots/{id}/stocktakes", chain.township).then().statusCode(200)
                .body("items.stocktakeId", equalTo(List.of(elsewhere.toString())));
    }

    private UUID start(UUID depot) {
        return UUID.fromString(given().contentType(ContentType.JSON).body("{\"reason\": \"月度盘点\"}")
                .post("/api/supplies/depots/{id}/stocktakes", depot).then().statusCode(201).extract()
                .path("stocktakeId"));
    }
}
