package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Household limits per disaster: a county's supplies officer sets one through the API (an event, with its reason);
 * a distribution counts only what the household received for its own disaster; without a limit set, the configured
 * default applies; nobody but a county's officer sets one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HouseholdLimitResourceTest {

    private static final String LIMITS = "/api/supplies/household-limits";
    private static final String ID_NUMBER = "500118198806061234";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private int distribute(UUID household, UUID disaster, long tents) {
        return given().contentType(ContentType.JSON).body("""
                        {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": %d,
                         "recipientName": "张三", "recipientIdNumber": "%s"}""".formatted(household, disaster, tents,
                        ID_NUMBER))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().extract().statusCode();
    }

    private UUID anotherDisaster() {
        UUID other = UUID.randomUUID();
        events.publish(new DisasterDeclared(other, "LANDSLIDE", "7·28 滑坡", Instant.now(), "IV",
                List.of(ChainFixture.VILLAGE)));
        await().atMost(Duration.ofSeconds(20)).until(() -> chain.count("SELECT count(*) FROM supplies.known_disaster"
                + " WHERE disaster_id = ?", other) == 1);
        return other;
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void aCountyOfficersLimitHoldsForItsDisasterAndAnotherDisasterKeepsTheDefault() throws Exception {
        chain.receive(chain.village, "TENT-12", "T-LIM", 10, "2026-01-01", null);
        UUID household = chain.household(ChainFixture.VILLAGE, ID_NUMBER);
        UUID other = anotherDisaster();
        chain.awaitHousehold(household);

        given().contentType(ContentType.JSON).body("{\"quantity\": 3, \"reason\": \"灾情重，每户三顶\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(200)
                .body("quantity", equalTo(3));
        assertThat(chain.count("SELECT count(*) FROM eventstore.events WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%HouseholdLimitSet' AND meta_data ->> 'reason' = '灾情重，每户三顶'",
                "household-limit:" + chain.disaster + ":TENT-12")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get(LIMITS + "?disaster={d}", chain.disaster).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].itemCode", equalTo("TENT-12"))
                .body("items[0].quantity", equalTo(3)).body("items[0].configuredDefault", equalTo(1))
                .body("items[0].setBy", equalTo("county-officer"))
                .body("items[0].reason", equalTo("灾情重，每户三顶")));

        assertThat(distribute(household, chain.disaster, 2)).isEqualTo(201);
        assertThat(distribute(household, chain.disaster, 1)).isEqualTo(201);
        String claims = "allowance:" + household + ":" + chain.disaster;
        long before = chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                claims);
        given().contentType(ContentType.JSON).body("""
                        {"householdId": "%s", "disasterId": "%s", "itemCode": "TENT-12", "quantity": 1,
                         "recipientName": "张三", "recipientIdNumber": "%s"}""".formatted(household, chain.disaster,
                        ID_NUMBER))
                .post("/api/supplies/depots/{id}/distributions", chain.village).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/household-limit-exceeded"));
        assertThat(chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                claims)).as("nothing appended by the refusal").isEqualTo(before);

        assertThat(distribute(household, other, 1)).as("the first disaster's tents are not counted").isEqualTo(201);
        assertThat(distribute(household, other, 1)).as("the configured default, 1").isEqualTo(409);
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void aLimitNeedsAQuantityAReasonAKnownDisasterAndAKnownItem() {
        given().contentType(ContentType.JSON).body("{\"quantity\": 2, \"reason\": \" \"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"quantity\": -1, \"reason\": \"错\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        given().contentType(ContentType.JSON).body("{\"quantity\": 2, \"reason\": \"试\"}")
                .put(LIMITS + "/{d}/{item}", UUID.randomUUID(), "TENT-12").then().statusCode(400)
                .body("errors.field", hasItem("disasterId"));
        given().contentType(ContentType.JSON).body("{\"quantity\": 2, \"reason\": \"试\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "NOPE").then().statusCode(400)
                .body("errors.field", hasItem("itemCode"));
    }

    @Test
    @TestSecurity(user = "zhutuo-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.TOWNSHIP))
    void aTownshipOfficerDoesNotSetALimit() throws Exception {
        given().contentType(ContentType.JSON).body("{\"quantity\": 5, \"reason\": \"多发\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                "household-limit:" + chain.disaster + ":TENT-12")).isZero();
    }

    @Test
    @TestSecurity(user = "tongliang-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = "500151000000"))
    void anotherCountysOfficerDoesNotSetALimitForThisCountysDisaster() throws Exception {
        given().contentType(ContentType.JSON).body("{\"quantity\": 5, \"reason\": \"多发\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                "household-limit:" + chain.disaster + ":TENT-12")).isZero();
    }

    @Test
    @TestSecurity(user = "county-keeper", roles = {"depot-keeper"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void aKeeperDoesNotSetALimitButMayReadThem() {
        given().contentType(ContentType.JSON).body("{\"quantity\": 5, \"reason\": \"多发\"}")
                .put(LIMITS + "/{d}/{item}", chain.disaster, "TENT-12").then().statusCode(403)
                .contentType("application/problem+json");
        given().get(LIMITS).then().statusCode(200).body("page", equalTo(0));
    }
}
