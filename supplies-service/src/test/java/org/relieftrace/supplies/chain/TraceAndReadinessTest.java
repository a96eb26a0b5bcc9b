package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.request.SupplyRequestMessages.ApproveSupplyRequest;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockCommands.Count;
import org.relieftrace.supplies.stock.StockCommands.RecordCount;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class TraceAndReadinessTest {

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Inject
    CommandGateway commandGateway;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private UUID move(UUID from, UUID to, long quantity) {
        UUID transfer = chain.requestTransfer(from, to, "TENT-12", quantity, null);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "RESERVED");
        chain.dispatch(transfer);
        JsonPath dispatched = chain.awaitStatus(transfer, "DISPATCHED");
        StringBuilder lots = new StringBuilder();
        for (String lot : dispatched.getList("lots.sourceLotId", String.class)) {
            int sent = dispatched.getInt("lots.find { it.sourceLotId == '" + lot + "' }.quantity");
            lots.append(lots.isEmpty() ? "" : ",").append("{\"sourceLotId\": \"").append(lot)
                    .append("\", \"received\": ").append(sent).append("}");
        }
        given().contentType(ContentType.JSON).body("{\"lots\": [" + lots + "]}")
                .post("/api/supplies/transfers/{id}/receive", transfer).then().statusCode(202);
        chain.awaitStatus(transfer, "CLOSED");
        return transfer;
    }

    @Test
    void aHouseholdsTentIsTracedBackToTheCountyContractAndTheCountyLotForwardToTheHousehold() throws Exception {
        UUID countyLot = chain.receive(chain.county, "TENT-12", "T-HT", 20, "2026-01-01", null);
        move(chain.county, chain.township, 10);
        move(chain.township, chain.village, 4);
        UUID household = chain.household(ChainFixture.VILLAGE, "500118196506061234");
        chain.awaitHousehold(household);
        String villageLot = given().contentType(ContentType.JSON).body("""
                        {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                         "recipientName": "户主", "recipientIdNumber": "500118196506061234"}"""
                        .formatted(household, chain.disaster))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201)
                .extract().path("lots[0].lotId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/supplies/lots/{id}/trace", villageLot).then().statusCode(200)
                        .body("backward.size()", equalTo(3))
                        .body("backward[2].lotId", equalTo(countyLot.toString()))
                        .body("origin.source", equalTo("PROCUREMENT"))
                        .body("origin.reference", equalTo("HT-2026-071"))
                        .body("distributions[0].householdId", equalTo(household.toString())));
        given().get("/api/supplies/lots/{id}/trace", countyLot).then().statusCode(200)
                .body("forwardLots.size()", equalTo(2))
                .body("transfers.size()", equalTo(2))
                .body("distributions.householdId", hasItem(household.toString()));
        given().get("/api/supplies/lots/{id}/recall", countyLot).then().statusCode(200)
                .body("householdCount", equalTo(1)).body("quantity", equalTo(1));
        given().get("/api/supplies/lots/{id}/trace", UUID.randomUUID()).then().statusCode(404);
        // what readiness reads per depot and item is what the lots hold, after receipts, transfers and a distribution
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(chain.count("""
                SELECT count(*) FROM (SELECT depot_id, item_code, sum(on_hand) AS on_hand, sum(reserved) AS reserved
                                      FROM supplies.lot_stock WHERE item_code = ? GROUP BY depot_id, item_code) l
                FULL JOIN (SELECT * FROM supplies.depot_item_stock WHERE item_code = 'TENT-12') s
                    ON s.depot_id = l.depot_id AND s.item_code = l.item_code
                WHERE l.on_hand IS DISTINCT FROM s.on_hand OR l.reserved IS DISTINCT FROM s.reserved""", "TENT-12"))
                .isZero());
    }

    @Test
    void theStockOfADepotAndOfTheDivisionAtAMomentShowBeforeAndAfterATransfer() throws Exception {
        chain.receive(chain.county, "TENT-12", "T-M", 30, "2026-01-01", null);
        Instant before = Instant.now();
        await().pollDelay(Duration.ofMillis(20)).until(() -> Instant.now().isAfter(before));
        move(chain.county, chain.township, 12);
        Instant after = Instant.now();

        given().queryParam("at", before.toString())
                .get("/api/supplies/audit/aggregates/DepotStock/{id}/state", chain.county).then().statusCode(200)
                .body("state.book.lots.values().onHand.sum()", equalTo(30));
        given().queryParam("at", after.toString())
                .get("/api/supplies/audit/aggregates/DepotStock/{id}/state", chain.county).then().statusCode(200)
                .body("state.book.lots.values().onHand.sum()", equalTo(18));
        given().queryParam("at", before.toString())
                .get("/api/supplies/audit/aggregates/DepotStock/{id}/state", chain.township).then().statusCode(404);

        JsonPath then = given().queryParam("division", "500118116000").queryParam("at", before.toString())
                .get("/api/supplies/stock").then().statusCode(200).extract().jsonPath();
        assertThat(then.getList("depots.depotId")).doesNotContain(chain.township.toString());
        JsonPath now = given().queryParam("division", "500118116000").queryParam("at", after.toString())
                .get("/api/supplies/stock").then().statusCode(200).extract().jsonPath();
        assertThat(now.getInt("depots.find { it.depotId == '" + chain.township + "' }.items[0].onHand"))
                .isEqualTo(12);
        given().queryParam("at", "yesterday").get("/api/supplies/stock").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("at"));
    }

    @Test
    void readinessRollsUpOnHandReservedExpiringAndTheGapToTheNormThroughTheTiers() {
        chain.receive(chain.township, "WATER-550", "W-SOON", 40, "2025-09-01",
                java.time.LocalDate.now().plusDays(30).toString());
        chain.receive(chain.village, "WATER-550", "W-LONG", 10, "2026-06-01", null);
        given().contentType(ContentType.JSON).body("{\"itemCode\": \"WATER-550\", \"quantity\": 100}")
                .put("/api/supplies/depots/{id}/norms", chain.township).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"itemCode\": \"WATER-550\", \"quantity\": -1}")
                .put("/api/supplies/depots/{id}/norms", chain.township).then().statusCode(400)
                .contentType("application/problem+json");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath readiness = given().queryParam("division", "500118116000").get("/api/supplies/readiness")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> water = readiness.getMap("items.find { it.itemCode == 'WATER-550' }");
            assertThat(water).containsEntry("onHand", 50).containsEntry("expiringIn90Days", 40)
                    .containsEntry("norm", 100).containsEntry("gap", 60);
            assertThat(readiness.getList("tiers.tier")).containsExactly("TOWNSHIP", "VILLAGE");
        });
        JsonPath map = given().queryParam("division", "500118116000").get("/api/supplies/map").then()
                .statusCode(200).body("type", equalTo("FeatureCollection")).extract().jsonPath();
        List<String> ids = map.getList("features.id");
        assertThat(ids).contains(chain.township.toString(), chain.village.toString());
        assertThat(map.getList("features.find { it.id == '" + chain.village + "' }.geometry.coordinates",
                Double.class)).containsExactly(105.8, 29.0);
        given().queryParam("division", "12345").get("/api/supplies/readiness").then().statusCode(400);
    }

    @Test
    void aStocktakeTurnsEveryVarianceIntoAnAdjustmentAndBookEqualsShelfAfter() throws Exception {
        UUID lot = chain.receive(chain.village, "WATER-550", "W-COUNT", 25, "2026-06-01", null);
        String stocktake = given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/stocktakes", chain.village).then().statusCode(201)
                .extract().path("stocktakeId");
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/stocktakes", chain.village).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/stocktake-open"));
        given().contentType(ContentType.JSON).body("""
                        {"lines": [{"lotId": "%s", "counted": 23}]}""".formatted(lot))
                .post("/api/supplies/depots/{id}/stocktakes/{s}/counts", chain.village, stocktake)
                .then().statusCode(400).body("errors.field", hasItem("lines[0].reason"));
        given().contentType(ContentType.JSON).body("""
                        {"lines": [{"lotId": "%s", "counted": 23, "reason": "鼠咬破损两箱"}]}""".formatted(lot))
                .post("/api/supplies/depots/{id}/stocktakes/{s}/counts", chain.village, stocktake)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/stocktakes/{s}/approve", chain.village, stocktake)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        commandGateway.sendAndWait(new RecordCount(chain.village, UUID.fromString(stocktake),
                List.of(new Count(lot, 23, "鼠咬破损两箱")), "village-keeper"));
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/stocktakes/{s}/approve", chain.village, stocktake)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        commandGateway.sendAndWait(new ApproveStocktake(chain.village, UUID.fromString(stocktake),
                "township-officer"));
        chain.awaitOnHand(lot, 23);
        await().untilAsserted(() -> given().get("/api/supplies/depots/{id}/stocktakes/{s}", chain.village, stocktake)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("lines[0].variance", equalTo(-2)));
        assertThat(chain.count("SELECT sum(quantity) FROM supplies.lot_movement WHERE lot_id = ?", lot)).isEqualTo(23);
    }

    @Test
    void aVillagesRequestIsApprovedByItsTownshipThenTheCountyAndFulfilledByATransferThatNamesIt() {
        String request = given().contentType(ContentType.JSON).body("""
                        {"divisionCode": "500118116201", "disasterId": "%s", "affectedPeople": 120,
                         "items": [{"itemCode": "TENT-12", "quantity": 8}]}""".formatted(chain.disaster))
                .post("/api/supplies/requests").then().statusCode(201).extract().path("requestId");
        given().contentType(ContentType.JSON).body("""
                        {"divisionCode": "5001", "disasterId": "%s", "affectedPeople": -1, "items": []}"""
                        .formatted(chain.disaster))
                .post("/api/supplies/requests").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("items"));
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/approval-tier"));
        ChainFixture.send("zhutuo-officer", ChainFixture.TOWNSHIP, new ApproveSupplyRequest(UUID.fromString(request),
                ChainFixture.TOWNSHIP, "TOWNSHIP"));
        // the county's turn, but this test's user submitted the request: a second county officer approves it
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        ChainFixture.send(ChainFixture.SECOND_OFFICER, ChainFixture.COUNTY, new ApproveSupplyRequest(
                UUID.fromString(request), ChainFixture.COUNTY, "COUNTY"));
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(409);
        chain.receive(chain.township, "TENT-12", "T-REQ", 10, "2026-01-01", null);
        UUID transfer = UUID.fromString(given().contentType(ContentType.JSON).body("""
                        {"fromDepotId": "%s", "toDepotId": "%s", "supplyRequestId": "%s",
                         "lines": [{"itemCode": "TENT-12", "quantity": 5}]}"""
                        .formatted(chain.township, chain.village, request))
                .post("/api/supplies/transfers").then().statusCode(201).extract().path("transferId"));
        chain.approve(transfer);
        JsonPath reserved = chain.awaitStatus(transfer, "RESERVED");
        chain.dispatch(transfer);
        chain.awaitStatus(transfer, "DISPATCHED");
        given().contentType(ContentType.JSON).body("{\"lots\": [{\"sourceLotId\": \"%s\", \"received\": 5}]}"
                        .formatted(reserved.getString("lots[0].sourceLotId")))
                .post("/api/supplies/transfers/{id}/receive", transfer).then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/supplies/requests/{id}", request).then().statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("items[0].fulfilled", equalTo(5)).body("items[0].outstanding", equalTo(3))
                        .body("fulfilled", equalTo(false)));
    }
}
