package org.relieftrace.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * 物资全链条 — the closed material chain through the gateway with real tokens: the county receives tents and quilts,
 * tents go county → township → village (two damaged on arrival), the village hands them to 40 households, and the
 * trace of a household's tent reaches the county's procurement contract and back; every depot's stock equals the
 * sum of its events; an expired lot leaves only by write-off; the county's stock before and after a transfer.
 */
@ExtendWith(RunningSystem.class)
class MaterialChainTest {

    private static final UUID COUNTY = Depots.of("YC-COUNTY-01");
    private static final UUID TOWNSHIP = Depots.ZHUTUO;
    private static final UUID VILLAGE = Depots.of("ZT-V201-01");
    private static final String VILLAGE_DIVISION = "500118116201";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    private static List<String> receive(String user, UUID depot, String body) {
        return as(user).body(body).post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201)
                .extract().jsonPath().getList("lotIds", String.class);
    }

    private static JsonPath awaitTransfer(String user, String transfer, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(as(user)
                .get("/api/supplies/transfers/{id}", transfer).then().extract().path("status")));
        return as(user).get("/api/supplies/transfers/{id}", transfer).then().statusCode(200).extract().jsonPath();
    }

    /**
     * The keeper requests a transfer (of the named lot, if any), the officer approves it (who requested a transfer
     * does not approve it), the source reserves and the keeper dispatches it; answers it dispatched.
     */
    private static JsonPath sendDown(String officer, String keeper, UUID from, UUID to, long tents, String lot) {
        String named = lot == null ? "" : ", \"lotId\": \"" + lot + "\"";
        String transfer = as(keeper).body("""
                        {"fromDepotId": "%s", "toDepotId": "%s", "reason": "7·20 洪涝调拨",
                         "lines": [{"itemCode": "TENT-12", "quantity": %d%s}]}""".formatted(from, to, tents, named))
                .post("/api/supplies/transfers").then().statusCode(201).extract().path("transferId");
        as(officer).body("{\"reason\": \"同意调拨\"}").post("/api/supplies/transfers/{id}/approve", transfer)
                .then().statusCode(202);
        awaitTransfer(officer, transfer, "RESERVED");
        as(keeper).body("""
                        {"vehicle": "渝B%s", "driver": "王师傅", "waybillNumber": "YD-%s"}""".formatted(RUN, RUN))
                .post("/api/supplies/transfers/{id}/dispatch", transfer).then().statusCode(202);
        return awaitTransfer(officer, transfer, "DISPATCHED");
    }

    @Test
    void theMaterialChainClosesFromTheCountyContractToFortyHouseholdsAndBack() {
        List<String> tentLots = receive("county-keeper", COUNTY, """
                {"source": "PROCUREMENT", "reference": "HT-YC-%s", "supplier": "重庆某帐篷厂", "reason": "汛前储备",
                 "lines": [{"itemCode": "TENT-12", "lotNumber": "T-%s-A", "quantity": 300, "producedOn": "2026-03-01"},
                           {"itemCode": "TENT-12", "lotNumber": "T-%s-B", "quantity": 200, "producedOn": "2026-04-01"}]}
                """.formatted(RUN, RUN, RUN));
        receive("county-keeper", COUNTY, """
                {"source": "DONATION", "reference": "JZ-%s", "supplier": "永川区红十字会",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "Q-%s", "quantity": 2000, "producedOn": "2026-02-01"}]}
                """.formatted(RUN, RUN));
        assertThat(tentLots).hasSize(2);

        Instant beforeTransfer = Instant.now();
        JsonPath toTownship = sendDown("county-officer", "county-keeper", COUNTY, TOWNSHIP, 200, tentLots.get(0));
        String countyLot = toTownship.getString("lots[0].sourceLotId");
        assertThat(countyLot).isEqualTo(tentLots.get(0));
        as("zhutuo-keeper").body("""
                        {"lots": [{"sourceLotId": "%s", "received": 200}]}""".formatted(countyLot))
                .post("/api/supplies/transfers/{id}/receive", toTownship.getString("transferId")).then()
                .statusCode(202);
        String townshipLot = awaitTransfer("county-officer", toTownship.getString("transferId"), "CLOSED")
                .getString("lots[0].newLotId");
        Instant afterTransfer = Instant.now();

        // the township may hold other tents too: the officer names the lot that came from the county
        JsonPath toVillage = sendDown("zhutuo-officer", "zhutuo-keeper", TOWNSHIP, VILLAGE, 50, townshipLot);
        List<Map<String, Object>> sent = toVillage.getList("lots");
        StringBuilder arrivals = new StringBuilder();
        boolean damageRecorded = false;
        for (Map<String, Object> lot : sent) {
            int quantity = (Integer) lot.get("quantity");
            int damaged = !damageRecorded && quantity >= 2 ? 2 : 0;
            damageRecorded |= damaged > 0;
            arrivals.append(arrivals.isEmpty() ? "" : ",").append("""
                    {"sourceLotId": "%s", "received": %d, "damaged": %d, "reason": "运输途中雨淋受损"}"""
                    .formatted(lot.get("sourceLotId"), quantity - damaged, damaged));
        }
        as("village-keeper").body("{\"lots\": [" + arrivals + "]}")
                .post("/api/supplies/transfers/{id}/receive", toVillage.getString("transferId")).then().statusCode(202);
        JsonPath closed = awaitTransfer("zhutuo-officer", toVillage.getString("transferId"), "CLOSED");
        assertThat(closed.getList("lots.damaged", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        String villageLot = closed.getString("lots[0].newLotId");

        String disaster = as("admin").body("""
                {"type": "FLOOD", "name": "7·20 朱沱洪涝 %s", "startedAt": "2026-07-20T08:00:00+08:00",
                 "responseLevel": "III", "affectedDivisionCodes": ["%s"]}""".formatted(RUN, VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        List<String> households = new ArrayList<>();
        Map<String, String> heads = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String idNumber = People.freshResidentId();
            Response registered = as("village-civil").body("""
                    {"divisionCode": "%s", "address": "朱沱镇第2村%d组", "reason": "受灾户登记",
                     "head": {"name": "受灾户主%d", "idNumber": "%s", "phone": "13800138000"}}"""
                    .formatted(VILLAGE_DIVISION, i % 8 + 1, i, idNumber)).post("/api/registry/households");
            assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
            households.add(registered.path("householdId"));
            heads.put(registered.path("householdId"), idNumber);
        }
        List<String> villageLots = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String household = households.get(i);
            String body = """
                    {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                     "lotId": "%s", "recipientName": "受灾户主%d", "recipientIdNumber": "%s", "reason": "应急期发放"}"""
                    .formatted(household, disaster, villageLot, i, heads.get(household));
            String key = "dist-" + household;
            await().atMost(Duration.ofSeconds(60)).until(() -> as("village-keeper").header("Idempotency-Key", key)
                    .body(body).post("/api/supplies/depots/{id}/distributions", VILLAGE).statusCode() != 400);
            villageLots.add(as("village-keeper").header("Idempotency-Key", key).body(body)
                    .post("/api/supplies/depots/{id}/distributions", VILLAGE).then().statusCode(201)
                    .extract().path("lots[0].lotId"));
        }
        as("village-keeper").body("""
                {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                 "recipientName": "受灾户主0", "recipientIdNumber": "%s"}"""
                .formatted(households.get(0), disaster, heads.get(households.get(0))))
                .post("/api/supplies/depots/{id}/distributions", VILLAGE).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/household-limit-exceeded"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("county-auditor").get("/api/supplies/lots/{id}/trace", villageLots.get(0)).then().statusCode(200)
                        .body("backward[-1].lotId", equalTo(countyLot))
                        .body("origin.source", equalTo("PROCUREMENT"))
                        .body("origin.reference", equalTo("HT-YC-" + RUN))
                        .body("distributions.householdId", org.hamcrest.Matchers.hasItem(households.get(0))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath forward = as("county-auditor").get("/api/supplies/lots/{id}/trace", countyLot).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(forward.getList("distributions.householdId", String.class))
                    .containsExactlyInAnyOrderElementsOf(households);
            as("county-auditor").get("/api/supplies/lots/{id}/recall", countyLot).then().statusCode(200)
                    .body("householdCount", equalTo(40));
        });

        for (UUID depot : List.of(COUNTY, TOWNSHIP, VILLAGE)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(stockOf(depot)).as("stock of " + depot).isEqualTo(sumOfEvents(depot)));
        }
        assertThat(stockOf(VILLAGE).get("TENT-12")).isGreaterThanOrEqualTo(8L);

        long tentsBefore = tentsAt(beforeTransfer);
        long tentsAfter = tentsAt(afterTransfer);
        assertThat(tentsBefore - tentsAfter).isEqualTo(200);
        JsonPath townshipThen = as("county-auditor").queryParam("division", "500118116000")
                .queryParam("at", afterTransfer.toString()).get("/api/supplies/stock").then().statusCode(200)
                .extract().jsonPath();
        assertThat(townshipThen.getList("depots.depotId", String.class)).contains(TOWNSHIP.toString());
    }

    @Test
    void aVillagesRequestGoesUpThroughItsTownshipAndAnAcceptanceReportClearsItsDeadline() {
        String disaster = as("admin").body("""
                {"type": "FLOOD", "name": "申报测试 %s", "startedAt": "2026-07-20T08:00:00+08:00",
                 "responseLevel": "IV", "affectedDivisionCodes": ["%s"]}""".formatted(RUN, VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        String body = """
                {"divisionCode": "%s", "disasterId": "%s", "affectedPeople": 60, "reason": "安置受灾群众",
                 "items": [{"itemCode": "TENT-12", "quantity": 20}]}""".formatted(VILLAGE_DIVISION, disaster);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("village-civil").header("Idempotency-Key", "req-" + RUN)
                .body(body).post("/api/supplies/requests").statusCode() != 400);
        String request = as("village-civil").header("Idempotency-Key", "req-" + RUN).body(body)
                .post("/api/supplies/requests").then().statusCode(201).extract().path("requestId");
        as("county-officer").body("{}").post("/api/supplies/requests/{id}/approve", request).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/approval-tier"));
        as("laisu-officer").body("{}").post("/api/supplies/requests/{id}/approve", request).then().statusCode(403);
        as("zhutuo-officer").body("{\"reason\": \"镇审核\"}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(200);
        as("county-officer").body("{\"reason\": \"区审批\"}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("zhutuo-officer")
                .get("/api/supplies/requests/{id}", request).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", org.hamcrest.Matchers.contains(
                        "500118116000", "500118000000")));

        String receipt = as("county-keeper").body("""
                {"source": "DONATION", "reference": "JZ-ACC-%s", "supplier": "爱心企业", "receivedOn": "2026-01-05",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "Q-ACC-%s", "quantity": 10, "producedOn": "2025-12-01"}]}
                """.formatted(RUN, RUN)).post("/api/supplies/depots/{id}/receipts", COUNTY).then().statusCode(201)
                .extract().path("receiptId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("county-officer")
                .queryParam("division", "500118000000").queryParam("depot", COUNTY).queryParam("overdue", true)
                .queryParam("size", 500).get("/api/supplies/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'ACCEPTANCE_REPORT' }.subjectId",
                        org.hamcrest.Matchers.hasItem(receipt)));
        as("county-keeper").body("{\"result\": \"PASSED\", \"notes\": \"数量规格相符\"}")
                .post("/api/supplies/depots/{id}/receipts/{r}/acceptance", COUNTY, receipt).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("county-keeper")
                .get("/api/supplies/depots/{id}/receipts/{r}", COUNTY, receipt).then().statusCode(200)
                .body("acceptanceReported", equalTo(true)).body("acceptanceOverdue", equalTo(false)));
    }

    @Test
    void anExpiredLotCannotBeTransferredNorDistributedButIsWrittenOff() {
        String lot = receive("zhutuo-keeper", TOWNSHIP, """
                {"source": "DONATION", "reference": "JZ-OLD-%s", "supplier": "某超市",
                 "lines": [{"itemCode": "WATER-550", "lotNumber": "W-OLD-%s", "quantity": 30,
                            "producedOn": "2024-01-01", "expiresOn": "2025-01-01"}]}""".formatted(RUN, RUN)).get(0);
        as("zhutuo-officer").body("""
                        {"fromDepotId": "%s", "toDepotId": "%s",
                         "lines": [{"itemCode": "WATER-550", "quantity": 5, "lotId": "%s"}]}"""
                        .formatted(TOWNSHIP, VILLAGE, lot))
                .post("/api/supplies/transfers").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/lot-expired"));
        String writeOff = as("zhutuo-keeper").body("""
                        {"lotId": "%s", "quantity": 30, "kind": "EXPIRED", "reason": "过期报损"}""".formatted(lot))
                .post("/api/supplies/depots/{id}/write-offs", TOWNSHIP).then().statusCode(201)
                .extract().path("writeOffId");
        as("zhutuo-officer").body("{\"reason\": \"核实过期\"}")
                .post("/api/supplies/depots/{id}/write-offs/{w}/approve", TOWNSHIP, writeOff).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as("zhutuo-keeper")
                .get("/api/supplies/depots/{id}/stock?size=500", TOWNSHIP).then().statusCode(200).extract()
                .jsonPath().getList("lots.items.lotId", String.class)).doesNotContain(lot));
    }

    @Test
    void anExpiredLotCannotBeHandedToAHousehold() {
        String lot = receive("village-keeper", VILLAGE, """
                {"source": "RETURN", "reference": "TK-%s",
                 "lines": [{"itemCode": "WATER-550", "lotNumber": "W-EXP-%s", "quantity": 10,
                            "producedOn": "2024-01-01", "expiresOn": "2025-01-01"}]}""".formatted(RUN, RUN)).get(0);
        String idNumber = People.freshResidentId();
        String household = as("village-civil").body("""
                {"divisionCode": "%s", "address": "朱沱镇第2村3组", "reason": "登记",
                 "head": {"name": "领水户", "idNumber": "%s", "phone": "13800138000"}}"""
                .formatted(VILLAGE_DIVISION, idNumber)).post("/api/registry/households").then().statusCode(201)
                .extract().path("householdId");
        String disaster = as("admin").body("""
                {"type": "FLOOD", "name": "过期测试 %s", "startedAt": "2026-07-20T08:00:00+08:00",
                 "responseLevel": "IV", "affectedDivisionCodes": ["%s"]}""".formatted(RUN, VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        String body = """
                {"householdId": "%s", "disasterId": "%s", "itemCode": "WATER-550", "quantity": 1, "lotId": "%s",
                 "recipientName": "领水户", "recipientIdNumber": "%s"}""".formatted(household, disaster, lot, idNumber);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("village-keeper").body(body)
                .post("/api/supplies/depots/{id}/distributions", VILLAGE).statusCode() != 400);
        as("village-keeper").body(body).post("/api/supplies/depots/{id}/distributions", VILLAGE).then()
                .statusCode(409).body("type", equalTo("https://relieftrace.org/problems/lot-expired"));
    }

    /** On hand per item, from the depot's stock read model. */
    private static Map<String, Long> stockOf(UUID depot) {
        JsonPath stock = as("county-auditor").get("/api/supplies/depots/{id}/stock?size=1", depot).then()
                .statusCode(200).extract().jsonPath();
        Map<String, Long> items = new HashMap<>();
        for (Map<String, Object> item : stock.<Map<String, Object>>getList("items")) {
            items.put((String) item.get("itemCode"), ((Number) item.get("onHand")).longValue());
        }
        return items;
    }

    /** On hand per item, summed from every event of the depot's stock book. */
    private static Map<String, Long> sumOfEvents(UUID depot) {
        Map<String, Long> items = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath events = as("county-auditor").queryParam("page", page).queryParam("size", 500)
                    .get("/api/supplies/audit/aggregates/DepotStock/{id}/events", depot).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> list = events.getList("items");
            for (Map<String, Object> event : list) {
                String type = (String) event.get("payloadType");
                @SuppressWarnings("unchecked")
                Map<String, Object> payload = (Map<String, Object>) event.get("payload");
                String simple = type.substring(type.lastIndexOf('.') + 1);
                switch (simple.substring(simple.lastIndexOf('$') + 1)) {
                    case "StockReceived" -> add(items, payload.get("itemCode"), payload.get("quantity"), 1);
                    case "ReservationIssued", "StockDistributed", "ReceiptReversed" -> lots(payload).forEach(lot ->
                            add(items, lot.get("itemCode"), lot.get("quantity"), -1));
                    case "DistributionReversed" -> lots(payload).forEach(lot ->
                            add(items, lot.get("itemCode"), lot.get("quantity"), 1));
                    case "TransferredStockReceived" -> lots(payload).forEach(lot -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> source = (Map<String, Object>) lot.get("source");
                        add(items, source.get("itemCode"), lot.get("received"), 1);
                    });
                    case "StockWrittenOff" -> add(items, payload.get("itemCode"), payload.get("quantity"), -1);
                    case "StockAdjusted" -> add(items, payload.get("itemCode"), payload.get("delta"), 1);
                    default -> {
                        // reservations and norms move nothing on or off the shelf
                    }
                }
            }
            if (list.size() < 500) {
                break;
            }
        }
        items.values().removeIf(quantity -> quantity == 0);
        return items;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lots(Map<String, Object> payload) {
        return (List<Map<String, Object>>) payload.get("lots");
    }

    private static void add(Map<String, Long> items, Object item, Object quantity, int sign) {
        items.merge((String) item, sign * ((Number) quantity).longValue(), Long::sum);
    }

    /** Tents in the county depot at a moment, from the depot's stock book replayed up to then. */
    private static long tentsAt(Instant at) {
        JsonPath state = as("county-auditor").queryParam("at", at.toString())
                .get("/api/supplies/audit/aggregates/DepotStock/{id}/state", COUNTY).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> lots = state.getMap("state.book.lots");
        return lots.values().stream().filter(lot -> "TENT-12".equals(lot.get("itemCode")))
                .mapToLong(lot -> ((Number) lot.get("onHand")).longValue()).sum();
    }
}
