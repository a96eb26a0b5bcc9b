package org.relieftrace.registry.disasterreport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import io.restassured.response.ValidatableResponse;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.PersonCheckedIn;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class DisasterReportResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String LAISU = "500118109000";
    private static final String PROBLEMS = "https://relieftrace.org/problems/";
    private static final String LOSS = """
            {"affectedPeople": %d, "evacuatedPeople": 300, "needingAidPeople": 120, "deaths": %d, "missing": 1,
             "collapsedHouses": 4, "severelyDamagedHouses": 9, "generallyDamagedHouses": 30,
             "directLossFen": 250000000}""";
    private static final String RELIEF_WORK = """
            {"resettledPeople": %d, "dispersedPeople": 40, "goodsDistributed": 300, "householdsSupplied": 80,
             "peopleAided": 200, "reliefPaidFen": 1200000}""";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theDivisionsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, LAISU) == 4);
    }

    private static String declare(String divisions, OffsetDateTime startedAt) {
        String id = given().contentType(ContentType.JSON).body("""
                        {"type": "FLOOD", "name": "暴雨洪涝 %s", "startedAt": "%s", "responseLevel": "III",
                         "affectedDivisionCodes": [%s], "reason": "县防指启动三级响应"}"""
                        .formatted(UUID.randomUUID(), startedAt, divisions))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}", id).then().statusCode(200));
        return id;
    }

    private static String report(String township, String form, String kind, OffsetDateTime asOf, String figures) {
        return """
                {"townshipCode": "%s", "form": "%s", "kind": "%s", "asOf": "%s", "figures": %s, "reason": "乡镇上报"}
                """.formatted(township, form, kind, asOf, figures);
    }

    private static ValidatableResponse file(String disasterId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/registry/disasters/{id}/township-reports", disasterId).then();
    }

    private static OffsetDateTime minutesAgo(long minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS);
    }

    private static OffsetDateTime hoursAgo(long hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(hours).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void townshipsReportInOrderAndAVerifiedReportClosesTheSeries() {
        String id = declare("\"" + ZHUTUO + "\", \"" + LAISU + "\"", minutesAgo(100));
        file(id, report(ZHUTUO, "LOSS", "INITIAL", minutesAgo(90), LOSS.formatted(900, 1))).statusCode(201)
                .body("reportId", notNullValue());
        file(id, report(LAISU, "RELIEF_WORK", "FOLLOW_UP", minutesAgo(90), RELIEF_WORK.formatted(10))).statusCode(409)
                .body("type", equalTo(PROBLEMS + "initial-report-missing"));
        file(id, report("500118105000", "LOSS", "INITIAL", minutesAgo(90), LOSS.formatted(1, 0))).statusCode(409)
                .body("type", equalTo(PROBLEMS + "township-not-affected"));
        file(id, report(ZHUTUO, "LOSS", "FOLLOW_UP", minutesAgo(-180), LOSS.formatted(900, 1))).statusCode(400)
                .body("errors.field", contains("asOf"));
        file(id, report(ZHUTUO, "LOSS", "FOLLOW_UP", minutesAgo(80), RELIEF_WORK.formatted(1))).statusCode(400)
                .body("errors.field", hasItem("figures.deaths"));
        file(UUID.randomUUID().toString(), report(ZHUTUO, "LOSS", "INITIAL", minutesAgo(80), LOSS.formatted(1, 0)))
                .statusCode(404);
        file(id, report(ZHUTUO, "LOSS", "FOLLOW_UP", minutesAgo(70), LOSS.formatted(1500, 2))).statusCode(201);
        file(id, report(LAISU, "LOSS", "INITIAL", minutesAgo(70), LOSS.formatted(400, 0))).statusCode(201);
        file(id, report(ZHUTUO, "LOSS", "VERIFIED", minutesAgo(60), LOSS.formatted(1600, 2))).statusCode(201);
        file(id, report(ZHUTUO, "LOSS", "FOLLOW_UP", minutesAgo(50), LOSS.formatted(1700, 2))).statusCode(409)
                .body("type", equalTo(PROBLEMS + "report-series-closed"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("form", "LOSS").get("/api/registry/disasters/{id}/reports", id).then()
                        .statusCode(200).body("townshipsReported", equalTo(2)).body("townshipsExpected", equalTo(2))
                        .body("totals.affectedPeople", equalTo(2000)).body("totals.deaths", equalTo(2))
                        .body("townships.kind", containsInAnyOrder("VERIFIED", "INITIAL")));
        given().get("/api/registry/disasters/{id}/township-reports", id).then().statusCode(200)
                .body("total", equalTo(4)).body("items[0].kind", equalTo("VERIFIED"))
                .body("items[0].filedBy", equalTo("county-civil"));
        given().get("/api/registry/disasters/{id}/report-deadlines", id).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.findAll { it.townshipCode == '%s' && it.form == 'LOSS' }[0].initialOverdue"
                        .formatted(ZHUTUO), equalTo(false))
                .body("items.findAll { it.townshipCode == '%s' && it.form == 'LOSS' }[0].followUpDue"
                        .formatted(ZHUTUO), nullValue())
                .body("items.findAll { it.townshipCode == '%s' && it.form == 'RELIEF_WORK' }[0].initialOverdue"
                        .formatted(LAISU), equalTo(false))
                .body("items.findAll { it.townshipCode == '%s' && it.form == 'RELIEF_WORK' }[0].initialFiledAt"
                        .formatted(LAISU), nullValue());
        given().get("/api/registry/disasters/{id}/reports", id).then().statusCode(400);
    }

    @Test
    void figuresBelowWhatTheRegistryRecordedAreAcceptedButMarked() {
        String id = declare("\"" + YONGCHUAN + "\"", hoursAgo(30));
        UUID shelter = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        events.publish(new ShelterRegistered(shelter, VILLAGE_201, "朱沱中学", null, null, 200, null));
        for (int i = 0; i < 3; i++) {
            events.publish(new PersonCheckedIn(shelter, UUID.randomUUID(), i + 1));
        }
        events.publish(new HouseholdRegistered(household, VILLAGE_201, "朱沱镇第2村3组", head, "王大", "11010519491231002X",
                null, "MALE", LocalDate.of(1949, 12, 31)));
        events.publish(new PersonDeceased(household, head, LocalDate.now(), "死亡证明 A-1", "洪水"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}/recorded-figures", id).then().statusCode(200)
                        .body("items.find { it.townshipCode == '%s' }.checkedInPeople".formatted(ZHUTUO), equalTo(3))
                        .body("items.find { it.townshipCode == '%s' }.deaths.name".formatted(ZHUTUO),
                                contains("王大")));

        file(id, report(ZHUTUO, "RELIEF_WORK", "INITIAL", hoursAgo(2), RELIEF_WORK.formatted(2))).statusCode(201);
        file(id, report(ZHUTUO, "LOSS", "INITIAL", hoursAgo(2), LOSS.formatted(50, 0))).statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}/township-reports", id).then().statusCode(200)
                        .body("items.find { it.form == 'RELIEF_WORK' }.marks", contains("resettled-below-check-ins"))
                        .body("items.find { it.form == 'LOSS' }.marks", contains("deaths-below-recorded")));
        given().get("/api/registry/disasters/{id}/report-deadlines", id).then().statusCode(200)
                .body("items.findAll { it.townshipCode == '%s' }.initialOverdue".formatted(LAISU),
                        contains(true, true))
                .body("items.findAll { it.townshipCode == '%s' }.initialOverdue".formatted(ZHUTUO),
                        contains(true, true));
    }

    @Test
    @TestSecurity(user = "laisu-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = LAISU))
    void aTownshipReportsForItselfOnlyAndDoesNotReadTheRollUp() {
        String id = declare("\"" + LAISU + "\"", hoursAgo(3));
        file(id, report(ZHUTUO, "LOSS", "INITIAL", hoursAgo(2), LOSS.formatted(1, 0))).statusCode(403);
        file(id, report(LAISU, "LOSS", "INITIAL", hoursAgo(2), LOSS.formatted(1, 0))).statusCode(201);
        given().queryParam("form", "LOSS").get("/api/registry/disasters/{id}/reports", id).then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}/township-reports", id).then().statusCode(200)
                        .body("items.townshipCode", contains(LAISU)).body("items[0].marks", empty()));
    }
}
