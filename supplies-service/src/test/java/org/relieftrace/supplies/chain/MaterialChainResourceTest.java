package org.relieftrace.supplies.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class MaterialChainResourceTest {

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

    @Test
    void aTransferDownTheTiersClosesTheLoopWithDamageRecordedAndLineageKept() throws Exception {
        UUID early = chain.receive(chain.county, "TENT-12", "T-A", 30, "2026-01-01", "2030-01-01");
        UUID late = chain.receive(chain.county, "TENT-12", "T-B", 70, "2026-02-01", "2031-01-01");
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 50, null);
        chain.approve(transfer);
        JsonPath reserved = chain.awaitStatus(transfer, "RESERVED");
        assertThat(reserved.getList("lots.lotNumber")).containsExactly("T-A", "T-B");
        assertThat(reserved.getList("lots.quantity", Integer.class)).containsExactly(30, 20);

        chain.dispatch(transfer);
        chain.awaitOnHand(early, 0);
        chain.awaitOnHand(late, 50);
        given().contentType(ContentType.JSON).body("""
                        {"lots": [{"sourceLotId": "%s", "received": 28, "damaged": 2, "reason": "雨淋受潮"},
                                  {"sourceLotId": "%s", "received": 20}]}""".formatted(early, late))
                .post("/api/supplies/transfers/{id}/receive", transfer).then().statusCode(202);
        JsonPath closed = chain.awaitStatus(transfer, "CLOSED");
        assertThat(closed.getString("dispatchVoucherDue")).isNotNull();
        assertThat(closed.getBoolean("overdueInTransit")).isFalse();

        given().get("/api/supplies/depots/{id}/stock", chain.township).then().statusCode(200)
                .body("items[0].onHand", equalTo(48));
        UUID arrived = closed.getUUID("lots.find { it.sourceLotId == '" + early + "' }.newLotId");
        assertThat(chain.count("SELECT count(*) FROM supplies.lot_stock WHERE lot_id = ? AND source_lot_id IS NOT NULL",
                arrived)).isEqualTo(1);
        assertThat(closed.getInt("lots.find { it.sourceLotId == '" + early + "' }.damaged")).isEqualTo(2);
    }

    @Test
    void aReceiptThatDoesNotAddUpIsRefusedWithoutAReason() {
        UUID lot = chain.receive(chain.county, "TENT-12", "T-R", 10, "2026-01-01", null);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 10, lot);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "RESERVED");
        chain.dispatch(transfer);
        given().contentType(ContentType.JSON).body("""
                        {"lots": [{"sourceLotId": "%s", "received": 9}]}""".formatted(lot))
                .post("/api/supplies/transfers/{id}/receive", transfer).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/arrival-reason-missing"));
    }

    @Test
    void aCancelledTransferGivesItsReservationBack() throws Exception {
        UUID lot = chain.receive(chain.county, "TENT-12", "T-C", 40, "2026-01-01", null);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 25, null);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "RESERVED");
        org.awaitility.Awaitility.await().until(() -> chain.count("SELECT reserved FROM supplies.lot_stock"
                + " WHERE lot_id = ?", lot) == 25);
        given().contentType(ContentType.JSON).body("{\"reason\": \"灾情缓解\"}")
                .post("/api/supplies/transfers/{id}/cancel", transfer).then().statusCode(202);
        chain.awaitStatus(transfer, "CANCELLED");
        org.awaitility.Awaitility.await().until(() -> chain.count("SELECT reserved FROM supplies.lot_stock"
                + " WHERE lot_id = ?", lot) == 0);
        given().contentType(ContentType.JSON).body("""
                        {"vehicle": "渝A12345", "driver": "李四", "waybillNumber": "YD-0721"}""")
                .post("/api/supplies/transfers/{id}/dispatch", transfer).then().statusCode(409);
    }

    @Test
    void aTransferBeyondTheStockFailsAndReservesNothing() throws Exception {
        UUID lot = chain.receive(chain.county, "TENT-12", "T-F", 5, "2026-01-01", null);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 6, null);
        chain.approve(transfer);
        JsonPath failed = chain.awaitStatus(transfer, "FAILED");
        assertThat(failed.getString("failure")).isEqualTo("insufficient-stock");
        assertThat(chain.count("SELECT reserved FROM supplies.lot_stock WHERE lot_id = ?", lot)).isZero();
    }

    @Test
    @TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void aLateralTransferBetweenTownshipsWaitsForTheCountyToApprove() throws Exception {
        UUID laisu = UUID.randomUUID();
        events.publish(new DepotRegistered(laisu, "LS-" + laisu.toString().substring(0, 8), "来苏镇应急物资储备库",
                "500118109000", "TOWNSHIP", "GOVERNMENT", 29.3, 105.9, "来苏镇"));
        org.awaitility.Awaitility.await().until(() -> chain.count("SELECT count(*) FROM supplies.known_depot"
                + " WHERE depot_id = ?", laisu) == 1);
        UUID transfer = chain.requestTransfer(chain.township, laisu, "TENT-12", 1, null);
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/transfers/{id}/approve", transfer)
                .then().statusCode(403).contentType("application/problem+json");
        org.awaitility.Awaitility.await().untilAsserted(() -> given().get("/api/supplies/transfers/{id}", transfer)
                .then().statusCode(200).body("lateral", equalTo(true)).body("status", equalTo("REQUESTED")));
    }

    @Test
    void anUpwardTransferIsRefused() {
        given().contentType(ContentType.JSON).body("""
                        {"fromDepotId": "%s", "toDepotId": "%s", "lines": [{"itemCode": "TENT-12", "quantity": 1}]}
                        """.formatted(chain.village, chain.county))
                .post("/api/supplies/transfers").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/transfer-direction"));
    }

    @Test
    void anExpiredLotCannotBeTransferredNorDistributedButCanBeWrittenOff() throws Exception {
        UUID old = chain.receive(chain.village, "WATER-550", "W-OLD", 12, "2024-01-01", "2025-01-01");
        UUID household = chain.household(ChainFixture.VILLAGE, "500118197001011234");
        chain.awaitHousehold(household);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "WATER-550", 1, null);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "FAILED");
        given().contentType(ContentType.JSON).body(distribution(household, "WATER-550", 1, old,
                        "500118197001011234"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/lot-expired"));
        String writeOff = given().contentType(ContentType.JSON).body("""
                        {"lotId": "%s", "quantity": 12, "kind": "EXPIRED", "reason": "过期"}""".formatted(old))
                .post("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(201)
                .extract().path("writeOffId");
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/write-offs/{w}/approve", chain.village, writeOff)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        chain.awaitOnHand(old, 12);

        UUID byKeeper = UUID.randomUUID();
        commandGateway.sendAndWait(new RequestWriteOff(chain.village, byKeeper, old, 12, "EXPIRED", "village-keeper"));
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/supplies/depots/{id}/write-offs/{w}/approve", chain.village, byKeeper)
                .then().statusCode(200);
        chain.awaitOnHand(old, 0);
    }

    @Test
    void aHouseholdGetsOneTentPerDisasterAndMustLiveInTheDepotsDivision() throws Exception {
        chain.receive(chain.village, "TENT-12", "T-V", 10, "2026-01-01", null);
        UUID household = chain.household(ChainFixture.VILLAGE, "500118198002022345");
        UUID elsewhere = chain.household("500118109201", "500118198003033456");
        chain.awaitHousehold(household);
        chain.awaitHousehold(elsewhere);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "tent-" + household)
                .body(distribution(household, "TENT-12", 1, null, "500118198002022345"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201)
                .extract().path("lots[0].lotId");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "tent-" + household)
                .body(distribution(household, "TENT-12", 1, null, "500118198002022345"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("lots[0].lotId", equalTo(first));
        given().contentType(ContentType.JSON).body(distribution(household, "TENT-12", 1, null, "500118198002022345"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/household-limit-exceeded"));
        given().contentType(ContentType.JSON).body(distribution(elsewhere, "TENT-12", 1, null, "500118198003033456"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/household-outside-division"));
        given().contentType(ContentType.JSON).body(distribution(household, "TENT-12", 1, null, "500118190001011111"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409);
    }

    @Test
    void theTentLimitHoldsAcrossTheVillageAndTheTownshipDepotAndAFailedIssueLeavesNoClaim() throws Exception {
        chain.receive(chain.village, "TENT-12", "T-VIL", 5, "2026-01-01", null);
        UUID spoiled = chain.receive(chain.village, "TENT-12", "T-OLD", 5, "2024-01-01", "2025-01-01");
        chain.receive(chain.township, "TENT-12", "T-TWN", 5, "2026-01-01", null);
        UUID served = chain.household(ChainFixture.VILLAGE, "500118198104041234");
        UUID retried = chain.household(ChainFixture.VILLAGE, "500118198205052345");
        chain.awaitHousehold(served);
        chain.awaitHousehold(retried);
        given().contentType(ContentType.JSON).body(distribution(served, "TENT-12", 1, null, "500118198104041234"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(201);
        given().contentType(ContentType.JSON).body(distribution(served, "TENT-12", 1, null, "500118198104041234"))
                .post("/api/supplies/depots/{id}/distributions", chain.township).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/household-limit-exceeded"));

        given().contentType(ContentType.JSON).body(distribution(retried, "TENT-12", 1, spoiled, "500118198205052345"))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/lot-expired"));
        given().contentType(ContentType.JSON).body(distribution(retried, "TENT-12", 1, null, "500118198205052345"))
                .post("/api/supplies/depots/{id}/distributions", chain.township).then().statusCode(201);
        assertThat(chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE"
                + " 'allowance:' || ? || ':%'", retried.toString()))
                .as("only the claim of the distribution that happened").isEqualTo(1);
        assertThat(chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier LIKE"
                + " 'allowance:' || ? || ':%' AND payload_type LIKE '%AllowanceClaimed'", retried.toString()))
                .isEqualTo(1);
    }

    @Test
    void aHundredConcurrentDistributionsCompetingForTheLastTenUnitsLeaveExactlyTenServed() throws Exception {
        UUID lot = chain.receive(chain.village, "WATER-550", "W-LAST", 10, "2026-06-01", null);
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            households.add(chain.household(ChainFixture.VILLAGE, "5001181990%08d".formatted(i)));
        }
        households.forEach(chain::awaitHousehold);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String body = distribution(households.get(i), "WATER-550", 1, null, "5001181990%08d".formatted(i));
            calls.add(() -> given().contentType(ContentType.JSON).body(body)
                    .post("/api/supplies/depots/{id}/distributions", chain.village).statusCode());
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(calls)) {
            answers.add(answer.get());
        }
        pool.shutdown();
        assertThat(answers.stream().filter(s -> s == 201)).hasSize(10);
        assertThat(answers.stream().filter(s -> s == 409)).hasSize(90);
        chain.awaitOnHand(lot, 0);
        assertThat(chain.count("SELECT count(*) FROM supplies.lot_movement WHERE lot_id = ? AND kind = 'DISTRIBUTED'",
                lot)).isEqualTo(10);
        assertThat(chain.count("SELECT min(on_hand) FROM supplies.lot_stock WHERE lot_id = ?", lot)).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() throws Exception {
        long before = chain.appended();
        String line = "[{\"itemCode\": \"%s\", \"quantity\": %d}]";
        Map<String, String> transfers = Map.of(
                "{\"toDepotId\": \"%s\", \"lines\": [{\"itemCode\": \"TENT-12\", \"quantity\": 1}]}"
                        .formatted(chain.township), "fromDepotId",
                "{\"fromDepotId\": \"%s\", \"toDepotId\": \"%s\", \"lines\": []}"
                        .formatted(chain.county, chain.township), "lines",
                "{\"fromDepotId\": \"%s\", \"toDepotId\": \"%s\", \"lines\": %s}"
                        .formatted(chain.county, chain.township, line.formatted("TENT-12", 0)), "lines[0].quantity",
                "{\"fromDepotId\": \"%s\", \"toDepotId\": \"%s\", \"lines\": %s}"
                        .formatted(chain.county, chain.township, line.formatted("NOPE", 1)), "lines[0].itemCode",
                "{\"fromDepotId\": \"%s\", \"toDepotId\": \"%s\", \"lines\": %s}"
                        .formatted(UUID.randomUUID(), chain.township, line.formatted("TENT-12", 1)), "fromDepotId");
        transfers.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .post("/api/supplies/transfers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        UUID household = chain.household(ChainFixture.VILLAGE, "500118197505051234");
        chain.awaitHousehold(household);
        Map<String, String> distributions = Map.of(
                distribution(household, "TENT-12", 0, null, "500118197505051234"), "quantity",
                distribution(household, "TENT-12", 1, null, "123"), "recipientIdNumber",
                distribution(UUID.randomUUID(), "TENT-12", 1, null, "500118197505051234"), "householdId",
                distribution(household, "NOPE", 1, null, "500118197505051234"), "itemCode",
                distribution(household, "TENT-12", 1, null, "500118197505051234")
                        .replace(chain.disaster.toString(), UUID.randomUUID().toString()), "disasterId");
        distributions.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        given().contentType(ContentType.JSON).body("{\"lotId\": null, \"quantity\": -1, \"kind\": \"STOLEN\"}")
                .post("/api/supplies/depots/{id}/write-offs", chain.village).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"vehicle\": \"\"}")
                .post("/api/supplies/transfers/{id}/dispatch", UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("driver"));
        given().contentType(ContentType.JSON).body("{\"lots\": []}")
                .post("/api/supplies/transfers/{id}/receive", UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("lots"));
        given().contentType(ContentType.JSON).body("{\"lines\": [{\"lotId\": null, \"counted\": -1}]}")
                .post("/api/supplies/depots/{id}/stocktakes/{s}/counts", chain.village, UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(chain.appended()).isEqualTo(before);
    }

    private String distribution(UUID household, String item, long quantity, UUID lot, String idNumber) {
        String named = lot == null ? "" : ", \"lotId\": \"" + lot + "\"";
        return """
                {"householdId": "%s", "disasterId": "%s", "itemCode": "%s", "quantity": %d,
                 "recipientName": "张三", "recipientIdNumber": "%s"%s}""".formatted(household, chain.disaster, item,
                quantity, idNumber, named);
    }
}
