package org.relieftrace.supplies.pledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** 捐赠承诺 through the API: recorded, received against up to what is left, listed while outstanding, closed. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class PledgeResourceTest {

    private static final String ZHUTUO = "500118116000";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private UUID depot;

    @BeforeEach
    void registryHasPublishedTheDepotAndItems() {
        depot = UUID.randomUUID();
        events.publish(new CatalogItemRegistered("QUILT", "棉被", "Quilt", "BEDDING", "床", "1.5m", null));
        events.publish(new DepotRegistered(depot, "ZT-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                ZHUTUO, "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) FROM supplies.known_depot WHERE depot_id = ?", depot) == 1
                && count("SELECT count(*) FROM supplies.known_item WHERE item_code = ?", "QUILT") == 1);
    }

    private static String pledge(String division, String lines) {
        return """
                {"donor": "永川区红十字会", "divisionCode": "%s", "expectedOn": "2026-07-25",
                 "lines": [%s], "reason": "社会捐赠承诺"}""".formatted(division, lines);
    }

    private String donation(String pledgeId, long quantity, String lot) {
        return """
                {"source": "DONATION", "pledgeId": "%s", "reference": "JZ-2026-07", "supplier": "永川区红十字会",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "%s", "quantity": %d}]}
                """.formatted(pledgeId, lot, quantity);
    }

    private String record() {
        String location = given().contentType(ContentType.JSON)
                .body(pledge(ZHUTUO, "{\"itemCode\": \"QUILT\", \"quantity\": 300}"))
                .when().post("/api/supplies/pledges")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aDonationAgainstAPledgeReducesWhatIsLeftAndBeyondItIsAConflict() throws Exception {
        String pledge = record();
        given().contentType(ContentType.JSON).body(donation(pledge, 200, "JZ-L1"))
                .when().post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/api/supplies/pledges/{id}", pledge)
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .body("lines[0].pledged", equalTo(300)).body("lines[0].received", equalTo(200))
                .body("lines[0].left", equalTo(100)).body("actions", contains("close")));

        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(donation(pledge, 101, "JZ-L2"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/pledge-exhausted"))
                .body("detail", equalTo("Only 100 of QUILT is left on the pledge; 101 received."));
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isEqualTo(1);
        given().queryParam("status", "OPEN").when().get("/api/supplies/pledges")
                .then().statusCode(200).body("items.pledgeId", hasItem(pledge));
    }

    @Test
    void aPledgeIsClosedWithAReasonAndLeavesTheOutstandingList() throws Exception {
        String pledge = record();
        given().contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .when().post("/api/supplies/pledges/{id}/close", pledge)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"捐赠方撤回剩余承诺\"}")
                .when().post("/api/supplies/pledges/{id}/close", pledge).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/api/supplies/pledges/{id}", pledge)
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("捐赠方撤回剩余承诺")).body("closedBy", equalTo("zhutuo-officer"))
                .body("actions", empty()));
        given().queryParam("status", "OPEN").when().get("/api/supplies/pledges")
                .then().statusCode(200).body("items.pledgeId", not(hasItem(pledge)));
        given().contentType(ContentType.JSON).body("{\"reason\": \"再次关闭\"}")
                .when().post("/api/supplies/pledges/{id}/close", pledge)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/pledge-closed"));
        given().contentType(ContentType.JSON).body(donation(pledge, 1, "JZ-L3"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/pledge-closed"));
    }

    @Test
    void badInputNamesTheFieldsAndChangesNothing() throws Exception {
        given().contentType(ContentType.JSON).body(pledge(ZHUTUO, "{\"itemCode\": \"NO-SUCH\", \"quantity\": 3}"))
                .when().post("/api/supplies/pledges")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].itemCode"));
        given().contentType(ContentType.JSON).body(pledge(ZHUTUO, "{\"itemCode\": \"QUILT\", \"quantity\": 0}"))
                .when().post("/api/supplies/pledges")
                .then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        given().contentType(ContentType.JSON).body(pledge(ZHUTUO, "").replace("永川区红十字会", ""))
                .when().post("/api/supplies/pledges")
                .then().statusCode(400).body("errors.field", hasItem("donor")).body("errors.field", hasItem("lines"));
        given().contentType(ContentType.JSON).body(donation(UUID.randomUUID().toString(), 1, "JZ-X"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).body("errors.field", hasItem("pledgeId"));
        given().contentType(ContentType.JSON).body(donation(record(), 1, "JZ-X").replace("DONATION", "PROCUREMENT"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).body("errors.field", hasItem("pledgeId"));
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isZero();
    }

    @Test
    void anotherTownshipsPledgeIsForbidden() throws Exception {
        given().contentType(ContentType.JSON).body(pledge(LAISU, "{\"itemCode\": \"QUILT\", \"quantity\": 3}"))
                .when().post("/api/supplies/pledges")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private long count(String sql, Object key) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
