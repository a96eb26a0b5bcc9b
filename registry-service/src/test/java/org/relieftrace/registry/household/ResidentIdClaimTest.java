package org.relieftrace.registry.household;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import io.restassured.response.Response;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A resident ID number belongs to one household at a time, decided in the transaction of the household's event: many
 * registrations of one number at once give one household, and a move passes the number without letting it go.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class ResidentIdClaimTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final String TAKEN = "https://relieftrace.org/problems/person-already-registered";
    private static final int RACERS = 50;

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theVillageIsRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?)", YONGCHUAN, ZHUTUO, VILLAGE) == 3);
    }

    private static String household(String idNumber) {
        return """
                {"divisionCode": "%s", "address": "朱沱镇第2村3组12号",
                 "head": {"name": "张德明", "idNumber": "%s", "phone": "13812345678"}, "reason": "入户登记"}
                """.formatted(VILLAGE, idNumber);
    }

    private static Response registering(String idNumber, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(household(idNumber))
                .post("/api/registry/households");
    }

    private String register(String idNumber) {
        return registering(idNumber, "zh").then().statusCode(201).extract().path("householdId");
    }

    private String holder(String idNumber) {
        List<String> holders = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT household_id FROM registry.resident_id_claim WHERE id_digest = ?")) {
            statement.setString(1, ResidentIds.digestOf(idNumber));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    holders.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(holders).hasSizeLessThanOrEqualTo(1);
        return holders.isEmpty() ? null : holders.get(0);
    }

    @Test
    void fiftyRegistrationsOfOneNumberAtOnceGiveOneHouseholdAndFortyNineRefusals() throws Exception {
        String idNumber = TestPeople.randomIdNumber(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                String language = i % 2 == 0 ? "zh" : "en";
                answers.add(racers.submit(() -> {
                    start.await();
                    return registering(idNumber, language);
                }));
            }
            start.countDown();
            List<Response> created = new ArrayList<>();
            List<Response> refused = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                (response.statusCode() == 201 ? created : refused).add(response);
            }
            assertThat(created).hasSize(1);
            String winner = created.get(0).path("householdId");
            assertThat(refused).hasSize(RACERS - 1).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.<String>path("type")).isEqualTo(TAKEN);
                assertThat(response.<String>path("detail")).contains(winner);
            });
            assertThat(refused).anySatisfy(response -> assertThat(response.<String>path("title"))
                    .isEqualTo("Person already registered"));
            assertThat(refused).anySatisfy(response -> assertThat(response.<String>path("title"))
                    .isEqualTo("人员已登记"));
            assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber)).isEqualTo(1);
            assertThat(holder(idNumber)).isEqualTo(winner);
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    void aMoveTakesTheNumberAlongAndALeavingMemberFreesIt() {
        String from = register(TestPeople.randomIdNumber(true));
        String to = register(TestPeople.randomIdNumber(true));
        String sonId = TestPeople.randomIdNumber(true);
        String son = given().contentType(ContentType.JSON)
                .body("{\"person\": {\"name\": \"张伟\", \"idNumber\": \"" + sonId + "\", \"relation\": \"子\"},"
                        + " \"reason\": \"出生登记\"}")
                .post("/api/registry/households/{id}/members", from).then().statusCode(201).extract().path("personId");
        assertThat(holder(sonId)).isEqualTo(from);

        given().contentType(ContentType.JSON).body("{\"toHouseholdId\": \"" + to + "\", \"reason\": \"分户\"}")
                .post("/api/registry/households/{id}/members/{person}/move", from, son)
                .then().statusCode(200).body("householdId", equalTo(to));
        assertThat(holder(sonId)).isEqualTo(to);
        registering(sonId, "en").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(TAKEN)).body("detail", containsString(to));

        given().contentType(ContentType.JSON).body("{\"reason\": \"迁出本县\"}")
                .post("/api/registry/households/{id}/members/{person}/removal", to, son).then().statusCode(204);
        assertThat(holder(sonId)).isNull();
        String own = register(sonId);
        assertThat(holder(sonId)).isEqualTo(own);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/registry/households/{id}", own)
                .then().statusCode(200).body("members.personId", hasItem(son)));
    }

    @Test
    void theMigrationDigestsANumberAsTheServiceDoes() {
        String idNumber = TestPeople.randomIdNumber(false);
        assertThat(Rows.count(dataSource, "SELECT count(*) WHERE encode(sha256(convert_to('resident-id:' || ?,"
                + " 'UTF8')), 'hex') = ?", idNumber, ResidentIds.digestOf(idNumber))).isEqualTo(1);
        assertThat(ResidentIds.digestOf(idNumber)).hasSize(64).doesNotContain(idNumber.substring(6, 14));
    }
}
