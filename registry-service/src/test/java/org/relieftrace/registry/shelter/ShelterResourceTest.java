package org.relieftrace.registry.shelter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class ShelterResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private UUID household;
    private UUID zhang;
    private UUID li;
    private UUID wang;

    @BeforeEach
    void theDivisionsAndAHouseholdOfThreeAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        household = UUID.randomUUID();
        zhang = UUID.randomUUID();
        li = UUID.randomUUID();
        wang = UUID.randomUUID();
        LocalDate born = LocalDate.of(1970, 1, 1);
        int serial = ThreadLocalRandom.current().nextInt(1000, 3000);
        events.publish(new HouseholdRegistered(household, VILLAGE_201, "朱沱镇第2村", zhang, "张德明",
                "50011819700101" + serial, "13812345678", "MALE", born));
        events.publish(new MemberAdded(household, li, "李秀英", "50011819700101" + (serial + 3000), null, "FEMALE",
                born, "配偶", null));
        events.publish(new MemberAdded(household, wang, "张伟", "50011819700101" + (serial + 6000), null, "MALE",
                born, "子女", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, LAISU) == 4
                && Rows.count(dataSource, "SELECT count(*) FROM registry.person WHERE household_id = ?",
                household) == 3);
    }

    private static String shelter(String division, int capacity) {
        return """
                {"divisionCode": "%s", "name": "朱沱镇中心小学避难场所", "latitude": 29.02, "longitude": 105.85,
                 "capacity": %d, "reason": "汛期启用"}
                """.formatted(division, capacity);
    }

    private String register(String body) {
        String shelterId = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/shelters")
                .then().statusCode(201)
                .header("Location", containsString("/api/registry/shelters/"))
                .extract().path("shelterId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/shelters/{id}", shelterId).then().statusCode(200));
        return shelterId;
    }

    private void open(String shelterId) {
        given().contentType(ContentType.JSON).body("{\"reason\": \"暴雨红色预警\"}")
                .post("/api/registry/shelters/{id}/open", shelterId).then().statusCode(204);
    }

    private io.restassured.response.ValidatableResponse checkIn(String shelterId, UUID person) {
        return given().contentType(ContentType.JSON).body("{\"personId\": \"" + person + "\"}")
                .post("/api/registry/shelters/{id}/check-ins", shelterId).then();
    }

    private io.restassured.response.ValidatableResponse checkOut(String shelterId, UUID person) {
        return given().contentType(ContentType.JSON).body("{\"personId\": \"" + person + "\"}")
                .post("/api/registry/shelters/{id}/check-outs", shelterId).then();
    }

    @Test
    void occupancyNeverExceedsCapacityAndEqualsCheckInsMinusCheckOuts() {
        String shelterId = register(shelter(VILLAGE_201, 2));
        checkIn(shelterId, zhang).statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/shelter-closed"));
        open(shelterId);
        checkIn(shelterId, zhang).statusCode(200).body("occupancy", equalTo(1));
        checkIn(shelterId, li).statusCode(200).body("occupancy", equalTo(2));
        checkIn(shelterId, wang).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/shelter-full"));
        checkOut(shelterId, zhang).statusCode(200).body("occupancy", equalTo(1));
        checkOut(shelterId, zhang).statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/person-not-checked-in"));
        checkIn(shelterId, wang).statusCode(200).body("occupancy", equalTo(2));
        given().contentType(ContentType.JSON).body("{}").post("/api/registry/shelters/{id}/close", shelterId)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/shelter-not-empty"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/shelters/{id}", shelterId).then()
                        .body("open", equalTo(true)).body("capacity", equalTo(2))
                        .body("occupancy", equalTo(2)).body("checkIns", equalTo(3)).body("checkOuts", equalTo(1))
                        .body("occupants.personId", containsInAnyOrder(li.toString(), wang.toString()))
                        .body("occupants.householdId", hasItem(household.toString())));
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%PersonCheckedIn'", "shelter:" + shelterId))
                .isEqualTo(3);
        given().queryParam("division", VILLAGE_201).queryParam("size", 500).get("/api/registry/shelters").then()
                .statusCode(200).body("items.shelterId", hasItem(shelterId));
        // over time: a point after each check-in and check-out that took effect, oldest first
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/shelters/{id}/occupancy", shelterId).then().statusCode(200)
                        .body("total", equalTo(4)).body("items.occupancy", contains(1, 2, 1, 2)));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/registry/shelters/{id}/occupancy", shelterId)
                .then().statusCode(200).body("items.occupancy", contains(1, 2)).body("page", equalTo(1));
        given().get("/api/registry/shelters/{id}/occupancy", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aShelterIsOpenedAndTakesPeopleRightAfterItsRegistrationWithoutWaitingForTheReadModel() {
        String shelterId = given().contentType(ContentType.JSON).body(shelter(VILLAGE_201, 5))
                .post("/api/registry/shelters").then().statusCode(201).extract().path("shelterId");
        open(shelterId);
        checkIn(shelterId, zhang).statusCode(200).body("occupancy", equalTo(1));
        checkOut(shelterId, zhang).statusCode(200).body("occupancy", equalTo(0));
        given().contentType(ContentType.JSON).body("{}").post("/api/registry/shelters/{id}/close", shelterId)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/registry/shelters/{id}/open", UUID.randomUUID()).then().statusCode(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/shelters/{id}", shelterId).then().statusCode(200)
                        .body("open", equalTo(false)).body("checkIns", equalTo(1)).body("checkOuts", equalTo(1)));
    }

    @Test
    void aPersonIsInOneShelterAtATimeAndMustBeRegistered() {
        String first = register(shelter(VILLAGE_201, 10));
        String second = register(shelter(ZHUTUO, 10));
        open(first);
        open(second);
        checkIn(first, zhang).statusCode(200);
        checkIn(first, zhang).statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/person-already-checked-in"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/shelters/{id}", first).then().body("occupants", hasSize(1)));
        checkIn(second, zhang).statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/person-already-checked-in"))
                .body("detail", containsString(first));
        checkIn(second, UUID.randomUUID()).statusCode(400).body("errors.field", equalTo(List.of("personId")));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        String name = "避难场所 " + UUID.randomUUID();
        String body = shelter(VILLAGE_201, 10).replace("朱沱镇中心小学避难场所", name);
        Map<String, String> cases = Map.of(
                body.replace("\"capacity\": 10", "\"capacity\": 0"), "capacity",
                body.replace("29.02", "95"), "latitude",
                body.replace("\"longitude\": 105.85,", ""), "longitude",
                body.replace(VILLAGE_201, "500118116299"), "divisionCode",
                body.replace(VILLAGE_201, "50011811"), "divisionCode",
                body.replace("\"capacity\"", "\"depotId\": \"" + UUID.randomUUID() + "\", \"capacity\""), "depotId",
                body.replace(name, " "), "name");
        cases.forEach((request, field) -> given().contentType(ContentType.JSON).body(request)
                .post("/api/registry/shelters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        assertThat(Rows.events(dataSource, "ShelterRegistered", "name", name)).isZero();
    }

    @Test
    @TestSecurity(user = "laisu-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = LAISU))
    void anotherTownshipCannotRegisterOrReadItsShelters() {
        given().contentType(ContentType.JSON).body(shelter(VILLAGE_201, 10)).post("/api/registry/shelters")
                .then().statusCode(403);
        given().queryParam("division", ZHUTUO).get("/api/registry/shelters").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "zhutuo-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void anAuditorReadsButManagesNoShelter() {
        given().contentType(ContentType.JSON).body(shelter(VILLAGE_201, 10)).post("/api/registry/shelters")
                .then().statusCode(403);
        given().get("/api/registry/shelters").then().statusCode(200);
        given().get("/api/registry/shelters/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
