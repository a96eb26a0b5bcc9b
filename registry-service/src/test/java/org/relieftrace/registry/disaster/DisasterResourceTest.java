package org.relieftrace.registry.disaster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class DisasterResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private String name;

    @BeforeEach
    void theDivisionsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, LAISU) == 4);
        name = "永川区暴雨洪涝 " + UUID.randomUUID();
    }

    private String disaster(String divisions, String extra) {
        return """
                {"type": "FLOOD", "name": "%s", "startedAt": "2026-07-10T08:00:00+08:00", "responseLevel": "III",
                 "affectedDivisionCodes": [%s], "reason": "县防指启动三级响应"%s}
                """.formatted(name, divisions, extra);
    }

    private String declare(String body) {
        String disasterId = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/disasters")
                .then().statusCode(201)
                .header("Location", containsString("/api/registry/disasters/"))
                .extract().path("disasterId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}", disasterId).then().statusCode(200));
        return disasterId;
    }

    private static String statistics(String asOf, long affected, long deaths, long lossFen) {
        return """
                {"asOf": "%s", "affectedPeople": %d, "evacuated": 800, "deaths": %d, "missing": 1,
                 "collapsedHouses": 12, "damagedHouses": 240, "directLossFen": %d, "reason": "乡镇上报"}
                """.formatted(asOf, affected, deaths, lossFen);
    }

    @Test
    void aDisasterIsChangedRightAfterItsDeclarationWithoutWaitingForTheReadModel() {
        String id = given().contentType(ContentType.JSON).body(disaster("\"" + ZHUTUO + "\"", ""))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        given().contentType(ContentType.JSON).body(statistics("2026-07-11T08:00:00Z", 9000, 1, 40_000_000_00L))
                .post("/api/registry/disasters/{id}/statistics", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"responseLevel\": \"II\", \"reason\": \"灾情加重\"}")
                .post("/api/registry/disasters/{id}/response-level", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"endedAt\": \"2026-07-20T18:00:00+08:00\"}")
                .post("/api/registry/disasters/{id}/end", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"endedAt\": \"2026-07-20T18:00:00+08:00\"}")
                .post("/api/registry/disasters/{id}/end", UUID.randomUUID()).then().statusCode(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}", id).then().statusCode(200)
                        .body("responseLevel", equalTo("II")).body("endedAt", equalTo("2026-07-20T10:00:00Z"))
                        .body("latestStatistics.affectedPeople", equalTo(9000)));
    }

    @Test
    void aDisasterIsDeclaredItsLevelRaisedItsFiguresReportedOverTimeAndItsResponseEnded() {
        String id = declare(disaster("\"" + ZHUTUO + "\", \"" + LAISU + "\"", ""));
        given().get("/api/registry/disasters/{id}", id).then()
                .body("type", equalTo("FLOOD")).body("name", equalTo(name))
                .body("startedAt", equalTo("2026-07-10T00:00:00Z")).body("responseLevel", equalTo("III"))
                .body("affectedDivisionCodes", contains(LAISU, ZHUTUO))
                .body("latestStatistics", nullValue()).body("endedAt", nullValue());

        given().contentType(ContentType.JSON).body("{\"responseLevel\": \"II\", \"reason\": \"灾情加重\"}")
                .post("/api/registry/disasters/{id}/response-level", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body(statistics("2026-07-12T08:00:00Z", 15000, 3, 98_000_000_00L))
                .post("/api/registry/disasters/{id}/statistics", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body(statistics("2026-07-11T08:00:00Z", 9000, 1, 40_000_000_00L))
                .post("/api/registry/disasters/{id}/statistics", id).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"endedAt\": \"2026-07-20T18:00:00+08:00\"}")
                .post("/api/registry/disasters/{id}/end", id).then().statusCode(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/disasters/{id}", id).then()
                        .body("responseLevel", equalTo("II"))
                        .body("endedAt", equalTo("2026-07-20T10:00:00Z"))
                        .body("statistics.asOf", contains("2026-07-11T08:00:00Z", "2026-07-12T08:00:00Z"))
                        .body("latestStatistics.affectedPeople", equalTo(15000))
                        .body("latestStatistics.deaths", equalTo(3))
                        .body("latestStatistics.directLossFen", equalTo(9_800_000_000L)));
        given().contentType(ContentType.JSON).body("{\"responseLevel\": \"I\", \"reason\": \"再次升级\"}")
                .post("/api/registry/disasters/{id}/response-level", id).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/disaster-ended"));
        given().contentType(ContentType.JSON).body(statistics("2026-07-01T08:00:00Z", 1, 0, 0))
                .post("/api/registry/disasters/{id}/statistics", id).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/statistics-before-start"));
        given().queryParam("size", 500).get("/api/registry/disasters").then().statusCode(200)
                .body("items.name", hasItem(name));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        Map<String, String> cases = Map.of(
                disaster("\"" + ZHUTUO + "\"", "").replace("FLOOD", "METEOR"), "type",
                disaster("\"" + ZHUTUO + "\"", "").replace("\"III\"", "\"V\""), "responseLevel",
                disaster("", ""), "affectedDivisionCodes",
                disaster("\"500118116\"", ""), "affectedDivisionCodes[0]",
                disaster("\"" + ZHUTUO + "\", \"500118199000\"", ""), "affectedDivisionCodes[1]",
                disaster("\"" + ZHUTUO + "\"", ", \"endedAt\": \"2026-07-09T00:00:00Z\""), "endedAt",
                disaster("\"" + ZHUTUO + "\"", "").replace("2026-07-10T08:00:00+08:00", "2999-01-01T00:00:00Z"),
                "startedAt",
                disaster("\"" + ZHUTUO + "\"", "").replace("\"" + name + "\"", "\" \""), "name");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .post("/api/registry/disasters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        assertThat(Rows.events(dataSource, "DisasterDeclared", "name", name)).isZero();

        String id = declare(disaster("\"" + ZHUTUO + "\"", ""));
        given().contentType(ContentType.JSON).body(statistics("2026-07-12T08:00:00Z", -1, 0, 0))
                .post("/api/registry/disasters/{id}/statistics", id).then().statusCode(400)
                .body("errors.field", contains("affectedPeople"));
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ?", "disaster:" + id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "zhutuo-keeper", roles = "depot-keeper")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void aTownshipReadsTheDisastersThatTouchItButDeclaresNone() {
        given().contentType(ContentType.JSON).body(disaster("\"" + ZHUTUO + "\"", ""))
                .post("/api/registry/disasters").then().statusCode(403);
        given().get("/api/registry/disasters/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "county-admin", roles = "admin")
    void aCountyWideDisasterTouchesEachTownshipAndAVillageDisasterOnlyItsOwn() {
        String countyWide = declare(disaster("\"" + YONGCHUAN + "\"", ""));
        String village = declare(disaster("\"" + VILLAGE_201 + "\"", ""));
        given().queryParam("division", LAISU).queryParam("size", 500).get("/api/registry/disasters").then()
                .statusCode(200).body("items.disasterId", hasItem(countyWide))
                .body("items.disasterId", not(hasItem(village)));
        given().queryParam("division", ZHUTUO).queryParam("size", 500).get("/api/registry/disasters").then()
                .statusCode(200).body("items.disasterId", hasItem(countyWide))
                .body("items.disasterId", hasItem(village));
    }

    @Test
    @TestSecurity(user = "laisu-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = LAISU))
    void aTownshipCannotDeclareForAnotherOrReadItsDisasters() {
        given().contentType(ContentType.JSON).body(disaster("\"" + ZHUTUO + "\"", ""))
                .post("/api/registry/disasters").then().statusCode(403);
        given().queryParam("division", ZHUTUO).get("/api/registry/disasters").then().statusCode(403);
        String own = declare(disaster("\"" + LAISU + "\"", ""));
        given().get("/api/registry/disasters/{id}", own).then().statusCode(200);
    }
}
