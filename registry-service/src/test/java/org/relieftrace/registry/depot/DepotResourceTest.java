package org.relieftrace.registry.depot;

import java.nio.charset.StandardCharsets;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class DepotResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private String code;

    @BeforeEach
    void theDivisionsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, LAISU) == 4);
        code = "ZT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String depot(String code, String division, String extra) {
        return """
                {"code": "%s", "name": "朱沱镇应急物资储备库", "divisionCode": "%s", "kind": "GOVERNMENT",
                 "latitude": 29.02, "longitude": 105.85, "address": "重庆市永川区朱沱镇", "capacity": 1200,
                 "keepers": ["zhutuo-keeper"], "reason": "汛前建库"%s}
                """.formatted(code, division, extra);
    }

    private String register(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/depots")
                .then().statusCode(201)
                .header("Location", containsString("/api/registry/depots/"))
                .extract().path("depotId");
    }

    private void awaitProjected(String depotId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/depots/{id}", depotId).then().statusCode(200));
    }

    @Test
    void anOfficerRegistersADepotInTheirTownshipAndItsTierIsTheDivisionsLevel() {
        String depotId = register(depot(code, ZHUTUO, ""));
        awaitProjected(depotId);

        given().get("/api/registry/depots/{id}", depotId).then().statusCode(200)
                .body("code", equalTo(code)).body("divisionCode", equalTo(ZHUTUO))
                .body("tier", equalTo("TOWNSHIP")).body("kind", equalTo("GOVERNMENT"))
                .body("capacity", equalTo(1200)).body("keepers", contains("zhutuo-keeper"))
                .body("latitude", equalTo(29.02f));
        given().queryParam("division", ZHUTUO).queryParam("size", 500).get("/api/registry/depots")
                .then().statusCode(200).body("items.code", hasItem(code));
        given().get("/api/registry/depots?size=500").then().statusCode(200)
                .body("items.code", hasItem(code)).body("items.divisionCode", everyItem(startsWith("500118116")));
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ?", "depot:" + depotId)).isEqualTo(3);
    }

    @Test
    void aVillageDepotIsOfTheVillageTier() {
        String depotId = register(depot(code, VILLAGE_201, ""));
        awaitProjected(depotId);
        given().get("/api/registry/depots/{id}", depotId).then().body("tier", equalTo("VILLAGE"));
    }

    @Test
    void aClientChosenIdIsKeptSoThatLoadingTwiceFindsTheSameDepot() {
        UUID fixed = UUID.nameUUIDFromBytes(("depot:" + code).getBytes(StandardCharsets.UTF_8));
        String body = depot(code, ZHUTUO, ", \"depotId\": \"" + fixed + "\"");
        assertThat(register(body)).isEqualTo(fixed.toString());
        given().contentType(ContentType.JSON).body(body).post("/api/registry/depots")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/depot-already-registered"));
        awaitProjected(fixed.toString());
        given().contentType(ContentType.JSON).body(body).post("/api/registry/depots")
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/depot-already-registered"));
    }

    @Test
    void aCodeAlreadyUsedByAnotherDepotIsRefused() {
        String first = register(depot(code, ZHUTUO, ""));
        awaitProjected(first);
        given().contentType(ContentType.JSON).body(depot(code, VILLAGE_201, "")).header("Accept-Language", "en")
                .post("/api/registry/depots")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/depot-code-taken"))
                .body("detail", equalTo("Depot code " + code + " is already used by depot " + first + "."));
        assertThat(Rows.events(dataSource, "DepotRegistered", "code", code)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        Map<String, String> cases = Map.of(
                depot(code, "500118116999", ""), "divisionCode",
                depot(code, "5001181160", ""), "divisionCode",
                depot(code.toLowerCase(), ZHUTUO, ""), "code",
                depot(code, ZHUTUO, "").replace("GOVERNMENT", "WAREHOUSE"), "kind",
                depot(code, ZHUTUO, "").replace("29.02", "95.0"), "latitude",
                depot(code, ZHUTUO, "").replace("\"longitude\": 105.85,", ""), "longitude",
                depot(code, ZHUTUO, "").replace("1200", "0"), "capacity",
                depot(code, ZHUTUO, "").replace("\"朱沱镇应急物资储备库\"", "\" \""), "name",
                depot(code, ZHUTUO, "").replace("\"zhutuo-keeper\"", "\"\""), "keepers[0]");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "en")
                .post("/api/registry/depots")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        assertThat(Rows.events(dataSource, "DepotRegistered", "code", code)).isZero();
        assertThat(Rows.events(dataSource, "DepotRegistered", "code", code.toLowerCase())).isZero();
    }

    @Test
    @TestSecurity(user = "laisu-officer", roles = "supplies-officer")
    @OidcSecurity(claims = @Claim(key = "division", value = LAISU))
    void anotherTownshipsOfficerCannotRegisterOrReadDepotsOutsideTheirTownship() {
        given().contentType(ContentType.JSON).body(depot(code, ZHUTUO, "")).post("/api/registry/depots")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/forbidden"));
        assertThat(Rows.events(dataSource, "DepotRegistered", "code", code)).isZero();
        given().queryParam("division", ZHUTUO).get("/api/registry/depots").then().statusCode(403);
        given().get("/api/registry/depots").then().statusCode(200)
                .body("items.divisionCode", everyItem(startsWith("500118107")));
    }

    @Test
    @TestSecurity(user = "zhutuo-keeper", roles = "depot-keeper")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void aKeeperDoesNotRegisterDepots() {
        given().contentType(ContentType.JSON).body(depot(code, ZHUTUO, "")).post("/api/registry/depots")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "relief-service", roles = "admin")
    void anAdminWithoutADivisionRegistersAnywhereAndSeesEveryDepot() {
        String zhutuo = register(depot(code, ZHUTUO, ""));
        String laisu = register(depot(code + "-LS", LAISU, ""));
        awaitProjected(zhutuo);
        awaitProjected(laisu);
        given().queryParam("size", 500).get("/api/registry/depots").then().statusCode(200)
                .body("items.code", hasItem(code)).body("items.code", hasItem(code + "-LS"));
        given().queryParam("division", LAISU).queryParam("size", 500).get("/api/registry/depots")
                .then().statusCode(200).body("items.code", not(hasItem(code)));
    }

    @Test
    void anUnknownDepotIsNotFound() {
        given().get("/api/registry/depots/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
