package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.distribution.DistributionCommands.ReverseDistribution;
import org.relieftrace.supplies.stock.StockCommands.ApproveReversal;
import org.relieftrace.supplies.stock.StockCommands.RequestReversal;
import org.relieftrace.supplies.stock.StockCommands.ReserveStock;
import org.relieftrace.supplies.stock.StockCommands.Want;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * 冲正 — a receipt or a distribution recorded wrongly is reversed, never edited: asked for with a reason, approved by
 * a second user, and only then do the goods leave (receipt) or come back into (distribution) their lots; the trace
 * shows the record and its reversal. Who asked cannot approve; a receipt whose goods moved on, or a record reversed
 * already, cannot be reversed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-officer", roles = {"supplies-officer"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class ReversalTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final String PROBLEMS = "https://relieftrace.org/problems/";
    /** Water of this test's own, so the stock it leaves in the shared divisions changes no other test's totals. */
    private static final String WATER = "WATER-REVERSAL";

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
        events.publish(new CatalogItemRegistered(WATER, "瓶装饮用水", "Bottled water", "FOOD_WATER", "箱", "550ml×24",
                365));
        await().atMost(PROJECTED).until(() -> chain.count("SELECT count(*) FROM supplies.known_item"
                + " WHERE item_code = ?", WATER) == 1);
    }

    /** Receives one lot of water at the village; answers the receipt and its lot. */
    private UUID[] receipt(String lotNumber, long quantity) {
        JsonPath recorded = given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-REV", "supplier": "某水厂",
                         "lines": [{"itemCode": "%s", "lotNumber": "%s", "quantity": %d,
                                    "producedOn": "2026-06-01"}]}""".formatted(WATER, lotNumber, quantity))
                .post("/api/supplies/depots/{id}/receipts", chain.village).then().statusCode(201).extract().jsonPath();
        return new UUID[] {UUID.fromString(recorded.getString("receiptId")),
                UUID.fromString(recorded.getString("lotIds[0]"))};
    }

    private String receiptReversal(UUID receipt) {
        return "/api/supplies/depots/" + chain.village + "/receipts/" + receipt + "/reversal";
    }

    private static String reason(String why) {
        return "{\"reason\": \"" + why + "\"}";
    }

    @Test
    void aReceiptReversedOnASecondUsersApprovalLeavesStockAndShowsInTheTrace() throws Exception {
        UUID[] received = receipt("W-REV-1", 20);
        UUID receipt = received[0];
        UUID lot = received[1];
        String path = receiptReversal(receipt);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("NONE")).body("actions", equalTo(List.of("reversal"))));
        given().contentType(ContentType.JSON).body(reason(" ")).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));

        given().contentType(ContentType.JSON).body(reason("数量录错，应为 2 箱")).post(path).then().statusCode(202);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("requestedBy", equalTo("county-officer"))
                .body("reason", equalTo("数量录错，应为 2 箱")).body("actions", empty()));
        chain.awaitOnHand(lot, 20);

        long before = chain.appended();
        given().contentType(ContentType.JSON).body("{}").post(path + "/approval").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "separation-of-duties"));
        given().contentType(ContentType.JSON).body(reason("不同意")).post(path + "/rejection").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "separation-of-duties"));
        given().contentType(ContentType.JSON).body(reason("再申请")).post(path).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "reversal-pending"));
        assertThat(chain.appended()).isEqualTo(before);
        chain.awaitOnHand(lot, 20);

        commandGateway.sendAndWait(new ApproveReversal(chain.village, "RECEIPT", receipt, "township-officer"));
        chain.awaitOnHand(lot, 0);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("decidedBy", equalTo("township-officer"))
                .body("actions", empty()));
        assertThat(chain.count("SELECT sum(quantity) FROM supplies.lot_movement WHERE lot_id = ?", lot)).isZero();
        JsonPath trace = given().get("/api/supplies/lots/{id}/trace", lot).then().statusCode(200).extract().jsonPath();
        assertThat(trace.getString("origin.receiptId")).isEqualTo(receipt.toString());
        assertThat(trace.getList("reversals")).hasSize(1);
        assertThat(trace.getString("reversals[0].kind")).isEqualTo("RECEIPT");
        assertThat(trace.getLong("reversals[0].quantity")).isEqualTo(-20);
        assertThat(trace.getString("reversals[0].requestedBy")).isEqualTo("county-officer");
        assertThat(trace.getString("reversals[0].approvedBy")).isEqualTo("township-officer");
        assertThat(trace.getString("reversals[0].reason")).isEqualTo("数量录错，应为 2 箱");

        given().contentType(ContentType.JSON).body(reason("再次冲正")).post(path).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "already-reversed"));
    }

    @Test
    void aReceiptWhoseGoodsMovedOnCannotBeReversed() throws Exception {
        UUID[] received = receipt("W-REV-2", 20);
        String path = receiptReversal(received[0]);
        given().contentType(ContentType.JSON).body(reason("供应商错")).post(path).then().statusCode(202);
        commandGateway.sendAndWait(new ReserveStock(chain.village, UUID.randomUUID(),
                List.of(new Want(WATER, 5, received[1])), LocalDate.of(2026, 7, 20)));
        long before = chain.appended();
        assertThat(commandGateway.send(new ApproveReversal(chain.village, "RECEIPT", received[0], "township-officer")))
                .failsWithin(PROJECTED).withThrowableThat().withMessageContaining("only 15 is left to take back");
        assertThat(chain.appended()).isEqualTo(before);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("REQUESTED")));
        chain.awaitOnHand(received[1], 20);

        UUID[] other = receipt("W-REV-3", 10);
        commandGateway.sendAndWait(new ReserveStock(chain.village, UUID.randomUUID(),
                List.of(new Want(WATER, 1, other[1])), LocalDate.of(2026, 7, 20)));
        await().atMost(PROJECTED).untilAsserted(() -> given().get(receiptReversal(other[0])).then().statusCode(200)
                .body("status", equalTo("NONE")).body("actions", empty()));
        given().contentType(ContentType.JSON).body(reason("录错")).post(receiptReversal(other[0])).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "reversal-exceeds-stock"));
    }

    @Test
    void aDistributionReversedOnApprovalPutsTheGoodsBackAndGivesTheAllowanceBack() throws Exception {
        UUID lot = chain.receive(chain.village, "TENT-12", "T-REV", 5, "2026-01-01", null);
        UUID household = chain.household(ChainFixture.VILLAGE, "500118198506061234");
        chain.awaitHousehold(household);
        String tent = """
                {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                 "recipientName": "张三", "recipientIdNumber": "500118198506061234"}""".formatted(household,
                chain.disaster);
        UUID distribution = UUID.fromString(given().contentType(ContentType.JSON).body(tent)
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201)
                .extract().path("distributionId"));
        given().contentType(ContentType.JSON).body(tent).post("/api/supplies/depots/{id}/distributions",
                chain.village).then().statusCode(409).body("type", equalTo(PROBLEMS + "household-limit-exceeded"));
        chain.awaitOnHand(lot, 4);
        String path = "/api/supplies/depots/" + chain.village + "/distributions/" + distribution + "/reversal";

        given().contentType(ContentType.JSON).body(reason("发错户")).post(path).then().statusCode(202);
        long before = chain.appended();
        given().contentType(ContentType.JSON).body("{}").post(path + "/approval").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "separation-of-duties"));
        assertThat(chain.appended()).isEqualTo(before);
        commandGateway.sendAndWait(new ReverseDistribution(chain.village, distribution, "township-officer"));
        chain.awaitOnHand(lot, 5);
        assertThat(chain.count("SELECT sum(quantity) FROM supplies.lot_movement WHERE lot_id = ?", lot)).isEqualTo(5);
        JsonPath trace = given().get("/api/supplies/lots/{id}/trace", lot).then().statusCode(200).extract().jsonPath();
        assertThat(trace.getList("distributions.distributionId")).contains(distribution.toString());
        assertThat(trace.getString("reversals[0].kind")).isEqualTo("DISTRIBUTION");
        assertThat(trace.getLong("reversals[0].quantity")).isEqualTo(1);
        assertThat(trace.getString("reversals[0].reason")).isEqualTo("发错户");
        given().get("/api/supplies/lots/{id}/recall", lot).then().statusCode(200).body("householdCount", equalTo(0));

        given().contentType(ContentType.JSON).body(tent).post("/api/supplies/depots/{id}/distributions",
                chain.village).then().statusCode(201);
        chain.awaitOnHand(lot, 4);
    }

    @Test
    void aSecondUserApprovesADistributionsReversalThroughTheApiAndRejectionNeedsItsReason() throws Exception {
        UUID lot = chain.receive(chain.village, "TENT-12", "T-REV-2", 3, "2026-01-01", null);
        UUID household = chain.household(ChainFixture.VILLAGE, "500118198707071234");
        chain.awaitHousehold(household);
        UUID distribution = UUID.fromString(given().contentType(ContentType.JSON).body("""
                        {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                         "recipientName": "李四", "recipientIdNumber": "500118198707071234"}""".formatted(household,
                        chain.disaster))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201)
                .extract().path("distributionId"));
        String path = "/api/supplies/depots/" + chain.village + "/distributions/" + distribution + "/reversal";
        commandGateway.sendAndWait(new RequestReversal(chain.village, "DISTRIBUTION", distribution,
                "village-keeper", "登记错误"));
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("actions", equalTo(List.of("approval", "rejection"))));
        given().contentType(ContentType.JSON).body("{}").post(path + "/rejection").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body(reason("核实无误")).post(path + "/approval").then()
                .statusCode(200);
        chain.awaitOnHand(lot, 3);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("requestedBy", equalTo("village-keeper"))
                .body("decidedBy", equalTo("county-officer")).body("actions", empty()));
        given().contentType(ContentType.JSON).body("{}").post(path + "/approval").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "reversal-not-pending"));
    }
}
