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

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockCommands.ApproveWriteOff;
import org.relieftrace.supplies.stock.StockCommands.Count;
import org.relieftrace.supplies.stock.StockCommands.RecordCount;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;
import org.relieftrace.supplies.stock.StockCommands.StartStocktake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The {@code actions} of a stocktake and a write-off name exactly the commands their caller may send now: each
 * listed verb is accepted, and each verb left out is refused. Who asked for a write-off, or opened or counted a
 * stocktake, is refused its approval ({@code 409 separation-of-duties}, no event) and a second user approves it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-officer", roles = {"supplies-officer"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class CorrectionActionsTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    /** An item of this test's own, so the stock it leaves in the shared divisions changes no other test's totals. */
    private static final String ITEM = "BLANKET-ACTIONS";

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
        events.publish(new CatalogItemRegistered(ITEM, "棉被", "Quilt", "BEDDING", "床", "2m×2.3m", null));
        await().atMost(PROJECTED).until(() -> chain.count("SELECT count(*) FROM supplies.known_item"
                + " WHERE item_code = ?", ITEM) == 1);
    }

    private String writeOffPath(Object writeOff) {
        return "/api/supplies/depots/" + chain.village + "/write-offs/" + writeOff + "/approve";
    }

    private void awaitWriteOffActions(Object writeOff, List<String> actions) {
        await().atMost(PROJECTED).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(200)
                .body("items.find { it.writeOffId == '" + writeOff + "' }.actions", equalTo(actions)));
    }

    @Test
    void aWriteOffOffersApprovalOnlyToAnOfficerWhoDidNotAskForIt() {
        UUID lot = chain.receive(chain.village, ITEM, "W-WO", 20, "2026-06-01", null);
        String mine = given().contentType(ContentType.JSON).body("""
                        {"lotId": "%s", "quantity": 2, "kind": "DAMAGED", "reason": "破损"}""".formatted(lot))
                .post("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(201)
                .extract().path("writeOffId");
        awaitWriteOffActions(mine, List.of());
        given().contentType(ContentType.JSON).body("{}").post(writeOffPath(mine)).then().statusCode(409);

        UUID keepers = UUID.randomUUID();
        commandGateway.sendAndWait(new RequestWriteOff(chain.village, keepers, lot, 3, "DAMAGED", "village-keeper"));
        awaitWriteOffActions(keepers, List.of("approve"));
        given().contentType(ContentType.JSON).body("{}").post(writeOffPath(keepers)).then().statusCode(200);

        awaitWriteOffActions(keepers, List.of());
        given().contentType(ContentType.JSON).body("{}").post(writeOffPath(keepers)).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "county-auditor", roles = {"auditor"})
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void anAuditorSeesNoActions() {
        UUID lot = UUID.randomUUID();
        commandGateway.sendAndWait(new ReceiveStock(chain.village, UUID.randomUUID(), ReceiptSource.PROCUREMENT,
                "HT-1", "某水厂", LocalDate.of(2026, 6, 1), List.of(new ReceiptLine(lot, ITEM, "W-AUD", 20, "床",
                        "2m×2.3m", null, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)))));
        UUID keepers = UUID.randomUUID();
        commandGateway.sendAndWait(new RequestWriteOff(chain.village, keepers, lot, 3, "DAMAGED", "village-keeper"));
        awaitWriteOffActions(keepers, List.of());
        given().contentType(ContentType.JSON).body("{}").post(writeOffPath(keepers)).then().statusCode(403);
    }

    @Test
    void aWriteOffNeedsItsReasonAndItsRequesterIsRefusedWithoutAnEvent() throws Exception {
        UUID lot = chain.receive(chain.village, ITEM, "W-WO-R", 20, "2026-06-01", null);
        given().contentType(ContentType.JSON).body("""
                        {"lotId": "%s", "quantity": 2, "kind": "DAMAGED", "reason": "  "}""".formatted(lot))
                .post("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        String mine = given().contentType(ContentType.JSON).body("""
                        {"lotId": "%s", "quantity": 2, "kind": "DAMAGED", "reason": "破损"}""".formatted(lot))
                .post("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(201)
                .extract().path("writeOffId");
        long before = chain.appended();
        given().contentType(ContentType.JSON).body("{}").post(writeOffPath(mine)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        assertThat(chain.appended()).isEqualTo(before);
        commandGateway.sendAndWait(new ApproveWriteOff(chain.village, UUID.fromString(mine), "township-officer"));
        chain.awaitOnHand(lot, 18);
    }

    @Test
    void aStocktakeOffersApprovalOnlyToWhoeverNeitherOpenedNorCountedIt() throws Exception {
        UUID lot = chain.receive(chain.village, ITEM, "W-ST", 25, "2026-06-01", null);
        String mine = given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/stocktakes", chain.village).then().statusCode(201)
                .extract().path("stocktakeId");
        String path = "/api/supplies/depots/" + chain.village + "/stocktakes/" + mine;
        String counts = """
                {"lines": [{"lotId": "%s", "counted": 24, "reason": "破损一箱"}]}""".formatted(lot);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("actions", equalTo(List.of("counts"))));
        given().contentType(ContentType.JSON).body("{}").post(path + "/approve").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/stocktake-not-counted"));
        commandGateway.sendAndWait(new RecordCount(chain.village, UUID.fromString(mine),
                List.of(new Count(lot, 24, "破损一箱")), "village-keeper"));
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("COUNTED")).body("actions", equalTo(List.of("counts"))));
        long before = chain.appended();
        given().contentType(ContentType.JSON).body("{}").post(path + "/approve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        assertThat(chain.appended()).isEqualTo(before);
        commandGateway.sendAndWait(new ApproveStocktake(chain.village, UUID.fromString(mine), "township-officer"));
        await().atMost(PROJECTED).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("actions", empty()));
        given().contentType(ContentType.JSON).body(counts).post(path + "/counts").then().statusCode(409);

        UUID keepers = UUID.randomUUID();
        String theirs = "/api/supplies/depots/" + chain.village + "/stocktakes/" + keepers;
        commandGateway.sendAndWait(new StartStocktake(chain.village, keepers, "village-keeper"));
        commandGateway.sendAndWait(new RecordCount(chain.village, keepers, List.of(new Count(lot, 23, "鼠咬")),
                "village-keeper"));
        await().atMost(PROJECTED).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/stocktakes", chain.village).then().statusCode(200)
                .body("items.find { it.stocktakeId == '" + keepers + "' }.actions",
                        equalTo(List.of("counts", "approve"))));
        given().contentType(ContentType.JSON).body("{}").post(theirs + "/approve").then().statusCode(200);
        await().atMost(PROJECTED).untilAsserted(() -> given().get(theirs).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("actions", empty()));
        chain.awaitOnHand(lot, 23);
    }

    @Test
    @TestSecurity(user = "other-county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = "500119000000"))
    void aDepotOutsideTheCallersDivisionIsNotReadAndAnUnknownDepotIsNotFound() {
        UUID record = UUID.randomUUID();
        for (String read : List.of("write-offs", "stocktakes", "stocktakes/" + record, "receipts/" + record
                + "/reversal", "distributions/" + record + "/reversal")) {
            given().get("/api/supplies/depots/{id}/" + read, chain.village).then().statusCode(403);
            given().get("/api/supplies/depots/{id}/" + read, UUID.randomUUID()).then().statusCode(404);
        }
    }
}
