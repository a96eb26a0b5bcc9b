package org.relieftrace.e2e;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * 灾情统计 end to end: a flood in 朱沱镇; the township files its 初报 and 续报 on both forms while goods are handed to
 * households, people are checked in to a shelter, a death is recorded and a HOUSING case opened. The figures the
 * services derive from those events — check-ins and deaths (registry), households and units handed out (supplies),
 * the HOUSING case (relief) — are what this test did; a 续报 with fewer resettled than checked in is accepted and
 * marked; the county's roll-up is the township's latest report; a 续报 after the 核报 is refused.
 */
@ExtendWith(RunningSystem.class)
class DisasterStatisticsTest {

    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final UUID VILLAGE_DEPOT = Depots.of("ZT-V201-01");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    /** A household registered for the test: its id, its head and the head's ID number. */
    private record Home(String householdId, String headId, String headName, String idNumber) {
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void theFormsFiguresAreWhatTheSystemRecordedAndTheRollUpSumsTheLatestReports() {
        String disaster = as("county-civil").body("""
                        {"type": "FLOOD", "name": "朱沱镇灾情统计 %s", "startedAt": "%s", "responseLevel": "IV",
                         "affectedDivisionCodes": ["%s"], "reason": "县防指启动四级响应"}"""
                        .formatted(RUN, now().minusMinutes(2), ZHUTUO))
                .post("/api/registry/disasters").then().statusCode(201).extract().<String>path("disasterId");
        String base = "/api/registry/disasters/" + disaster;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("zhutuo-civil").get(base).then().statusCode(200));
        Map<String, Object> before = recorded(base);

        file(base, "LOSS", "INITIAL", loss(800, 0));
        file(base, "RELIEF_WORK", "INITIAL", reliefWork(0, 0, 0));
        as("zhutuo-civil").body(report("RELIEF_WORK", "INITIAL", reliefWork(0, 0, 0)))
                .post(base + "/township-reports").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/initial-report-already-filed"));

        Home first = household("统计甲");
        Home second = household("统计乙");
        Home bereaved = household("统计丙");
        distribute(first, disaster);
        distribute(second, disaster);
        String shelter = shelter();
        checkIn(shelter, first.headId());
        checkIn(shelter, second.headId());
        recordDeath(bereaved);
        String housingCase = housingCase(first, disaster);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> after = recorded(base);
            assertThat(number(after, "checkedInPeople")).isEqualTo(number(before, "checkedInPeople") + 2);
            assertThat(number(after, "recordedDeaths")).isEqualTo(number(before, "recordedDeaths") + 1);
            assertThat((List<?>) after.get("deaths")).extracting("personId").contains(bereaved.headId());
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("zhutuo-civil")
                .get("/api/supplies/disasters/{d}/distribution-figures?division={t}", disaster, ZHUTUO).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].townshipCode", equalTo(ZHUTUO))
                .body("items[0].households", equalTo(2)).body("items[0].quantity", equalTo(2)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("county-civil")
                .get("/api/relief/cases?disasterId={d}&category=HOUSING", disaster).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].caseId", equalTo(housingCase))
                .body("items[0].householdId", equalTo(first.householdId())));

        long deaths = number(recorded(base), "recordedDeaths");
        file(base, "RELIEF_WORK", "FOLLOW_UP", reliefWork(1, 2, 2));
        file(base, "LOSS", "FOLLOW_UP", loss(1200, deaths));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("zhutuo-civil")
                .get(base + "/township-reports?form=RELIEF_WORK").then().statusCode(200)
                .body("items[0].kind", equalTo("FOLLOW_UP")).body("items[0].filedBy", equalTo("zhutuo-civil"))
                .body("items[0].marks", contains("resettled-below-check-ins")));
        as("zhutuo-civil").get(base + "/township-reports?form=LOSS").then().statusCode(200)
                .body("items[0].kind", equalTo("FOLLOW_UP")).body("items[0].marks", empty());

        as("county-civil").get(base + "/reports?form=LOSS").then().statusCode(200)
                .body("townshipsReported", equalTo(1)).body("townshipsExpected", equalTo(1))
                .body("totals.affectedPeople", equalTo(1200)).body("totals.deaths", equalTo((int) deaths));
        as("county-civil").get(base + "/reports?form=RELIEF_WORK").then().statusCode(200)
                .body("totals.resettledPeople", equalTo(1)).body("totals.goodsDistributed", equalTo(2))
                .body("totals.householdsSupplied", equalTo(2));
        as("zhutuo-civil").get(base + "/reports?form=LOSS").then().statusCode(403);
        as("zhutuo-civil").get(base + "/report-deadlines").then().statusCode(200)
                .body("items.find { it.form == 'LOSS' }.initialOverdue", equalTo(false))
                .body("items.find { it.form == 'LOSS' }.followUpDue", notNullValue());

        file(base, "LOSS", "VERIFIED", loss(1200, deaths));
        as("zhutuo-civil").body(report("LOSS", "FOLLOW_UP", loss(1300, deaths)))
                .post(base + "/township-reports").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/report-series-closed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("county-civil")
                .get(base + "/reports?form=LOSS").then().body("townships.kind", hasItem("VERIFIED")));
    }

    // ---- the township's reports

    private static String loss(long affected, long deaths) {
        return """
                {"affectedPeople": %d, "evacuatedPeople": 60, "needingAidPeople": 40, "deaths": %d, "missing": 0,
                 "collapsedHouses": 1, "severelyDamagedHouses": 2, "generallyDamagedHouses": 5,
                 "directLossFen": 1800000000}""".formatted(affected, deaths);
    }

    private static String reliefWork(long resettled, long goods, long households) {
        return """
                {"resettledPeople": %d, "dispersedPeople": 0, "goodsDistributed": %d, "householdsSupplied": %d,
                 "peopleAided": %d, "reliefPaidFen": 0}""".formatted(resettled, goods, households, households);
    }

    private static String report(String form, String kind, String figures) {
        return """
                {"townshipCode": "%s", "form": "%s", "kind": "%s", "asOf": "%s", "figures": %s,
                 "reason": "朱沱镇灾情报送"}""".formatted(ZHUTUO, form, kind, now(), figures);
    }

    private static void file(String base, String form, String kind, String figures) {
        as("zhutuo-civil").body(report(form, kind, figures)).post(base + "/township-reports").then()
                .statusCode(201).body("reportId", notNullValue());
    }

    private static Map<String, Object> recorded(String base) {
        return as("zhutuo-civil").get(base + "/recorded-figures").then().statusCode(200).extract()
                .path("items.find { it.townshipCode == '" + ZHUTUO + "' }");
    }

    private static long number(Map<String, Object> figures, String name) {
        return ((Number) figures.get(name)).longValue();
    }

    // ---- what the services record: households, distributions, a shelter, a death, a HOUSING case

    private static Home household(String label) {
        String name = label + RUN;
        String idNumber = People.freshResidentId();
        String householdId = as("village-civil").body("""
                        {"divisionCode": "%s", "address": "朱沱镇第2村5组", "reason": "受灾户登记",
                         "head": {"name": "%s", "idNumber": "%s", "phone": "13800138000"}}"""
                        .formatted(VILLAGE, name, idNumber))
                .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
        String headId = await().atMost(Duration.ofSeconds(30)).until(() -> as("village-civil")
                .get("/api/registry/households/{id}", householdId).then().extract().<String>path("headPersonId"),
                Objects::nonNull);
        return new Home(householdId, headId, name, idNumber);
    }

    private static void distribute(Home home, String disaster) {
        String lotNumber = "TJ-" + RUN + "-" + home.householdId().substring(0, 8);
        String lot = as("village-keeper").body(Depots.receipt("TENT-12", 1, lotNumber))
                .post("/api/supplies/depots/{id}/receipts", VILLAGE_DEPOT).then().statusCode(201).extract()
                .path("lotIds[0]");
        String body = """
                {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1, "lotId": "%s",
                 "recipientName": "%s", "recipientIdNumber": "%s", "reason": "应急期发放"}"""
                .formatted(home.householdId(), disaster, lot, home.headName(), home.idNumber());
        String key = "stat-" + home.householdId();
        await().atMost(Duration.ofSeconds(60)).until(() -> as("village-keeper").header("Idempotency-Key", key)
                .body(body).post("/api/supplies/depots/{id}/distributions", VILLAGE_DEPOT).statusCode() != 400);
        as("village-keeper").header("Idempotency-Key", key).body(body)
                .post("/api/supplies/depots/{id}/distributions", VILLAGE_DEPOT).then().statusCode(201);
    }

    private static String shelter() {
        String shelter = as("zhutuo-civil").body("""
                        {"divisionCode": "%s", "name": "统计避难场所 %s", "latitude": 29.1, "longitude": 105.8,
                         "capacity": 50, "reason": "启用村小学"}""".formatted(VILLAGE, RUN))
                .post("/api/registry/shelters").then().statusCode(201).extract().path("shelterId");
        as("zhutuo-civil").body("{\"reason\": \"转移安置\"}").post("/api/registry/shelters/{id}/open", shelter)
                .then().statusCode(204);
        return shelter;
    }

    private static void checkIn(String shelter, String personId) {
        as("zhutuo-civil").body("{\"personId\": \"%s\", \"reason\": \"转移安置\"}".formatted(personId))
                .post("/api/registry/shelters/{id}/check-ins", shelter).then().statusCode(200);
    }

    private static void recordDeath(Home home) {
        as("village-civil").body("""
                        {"dateOfDeath": "%s", "documentReference": "死亡证明 朱沱统计-%s", "cause": "因灾遇难",
                         "reason": "洪灾遇难，死亡登记"}""".formatted(now().toLocalDate(), RUN))
                .post("/api/registry/households/{id}/members/{person}/death", home.householdId(), home.headId())
                .then().statusCode(204);
    }

    private static String housingCase(Home home, String disaster) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("village-civil")
                .get("/api/relief/households/{id}", home.householdId()).then().statusCode(200));
        return as("village-civil").body("""
                        {"householdId": "%s", "category": "HOUSING", "disasterId": "%s", "period": "2026",
                         "origin": "APPLICATION", "statement": "房屋倒塌", "reason": "户报"}"""
                        .formatted(home.householdId(), disaster))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
    }
}
