package org.relieftrace.supplies.agreement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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

import org.relieftrace.contracts.registry.CapacityAgreementSigned;
import org.relieftrace.contracts.registry.CapacityLeadTimeDeclared;
import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.contracts.registry.ReserveAgreementSigned;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** 协议储备调用 through the API: a call-off receipt reduces what is left; beyond it is 409 and stores nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class CallOffReceiptResourceTest {

    private static final String ZHUTUO = "500118116000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private UUID depot;
    private UUID agreement;
    private String item;

    @BeforeEach
    void registryHasPublishedTheDepotItemAndAgreements() {
        depot = UUID.randomUUID();
        agreement = UUID.randomUUID();
        item = "TENT-" + depot.toString().substring(0, 6);
        UUID capacity = UUID.randomUUID();
        events.publish(new CatalogItemRegistered(item, "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡", null));
        events.publish(new DepotRegistered(depot, "ZT-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                ZHUTUO, "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        events.publish(new ReserveAgreementSigned(agreement, "XY-" + agreement.toString().substring(0, 8),
                "永川区某商贸有限公司", List.of(new AgreedQuantity(item, 100)), LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31), ZHUTUO));
        events.publish(new CapacityAgreementSigned(capacity, "CN-" + capacity.toString().substring(0, 8),
                "重庆某帐篷制造有限公司", item, 300, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), ZHUTUO));
        // published here without an aggregate, the two capacity events may land in different segments: the lead
        // time follows once the agreement is in the read model, as the registry's own stream orders them
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) FROM supplies.capacity_agreement WHERE item_code = ?", item) == 1);
        events.publish(new CapacityLeadTimeDeclared(capacity, 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) FROM supplies.known_depot WHERE depot_id = ?", depot) == 1
                && count("SELECT count(*) FROM supplies.capacity_agreement WHERE item_code = ? AND lead_time_days = 2",
                item) == 1
                && count("SELECT count(*) FROM supplies.reserve_agreement_line WHERE agreement_id = ?",
                agreement) == 1);
    }

    private String callOff(long quantity, String lot) {
        return """
                {"source": "AGREEMENT_CALL_OFF", "agreementId": "%s", "reference": "DY-2026-07",
                 "supplier": "永川区某商贸有限公司", "reason": "汛期调用协议储备",
                 "lines": [{"itemCode": "%s", "lotNumber": "%s", "quantity": %d}]}
                """.formatted(agreement, item, lot, quantity);
    }

    private long eventsOfDepot() throws Exception {
        return count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString());
    }

    @Test
    void aCallOffReducesWhatIsLeftAndBeyondItIsAConflictThatStoresNothing() throws Exception {
        given().contentType(ContentType.JSON).body(callOff(60, "DY-L1"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/api/supplies/reserve-agreements/{id}", agreement)
                .then().statusCode(200).body("inForce", equalTo(true))
                .body("lines[0].agreed", equalTo(100)).body("lines[0].calledOff", equalTo(60))
                .body("lines[0].left", equalTo(40)));
        long before = eventsOfDepot();

        given().contentType(ContentType.JSON).body(callOff(41, "DY-L2"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/agreement-exhausted"))
                .body("detail", containsString("仅剩 40"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(callOff(41, "DY-L2"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(409)
                .body("detail", equalTo("Only 40 of " + item + " is left to call off agreement XY-"
                        + agreement.toString().substring(0, 8) + "; 41 asked for."));

        assertThat(eventsOfDepot()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                AgreementCallOffs.streamOf(agreement))).isEqualTo(1);
        given().queryParam("inForce", true).when().get("/api/supplies/reserve-agreements")
                .then().statusCode(200).body("items.agreementId", hasItem(agreement.toString()))
                .body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void twoConcurrentCallOffsForWhatIsLeftCannotBothPass() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String body = callOff(70, "DY-C" + i);
            calls.add(() -> given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/supplies/depots/{id}/receipts", depot).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(calls)) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(eventsOfDepot()).isEqualTo(1);
    }

    @Test
    void aCallOffWithoutItsAgreementOrWithAnUnknownOneIsBadInput() throws Exception {
        given().contentType(ContentType.JSON).body(callOff(1, "DY-X").replace("\"agreementId\": \"" + agreement
                        + "\",", ""))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("agreementId"));
        given().contentType(ContentType.JSON).body(callOff(1, "DY-X").replace(agreement.toString(),
                        UUID.randomUUID().toString()))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).body("errors.field", hasItem("agreementId"));
        assertThat(eventsOfDepot()).isZero();
    }

    @Test
    void readinessShowsCallableAndProducibleBesideTheShelf() {
        given().contentType(ContentType.JSON).body(callOff(30, "DY-R1"))
                .when().post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/api/supplies/readiness")
                .then().statusCode(200).body("withinDays", equalTo(3))
                .body("items.find { it.itemCode == '" + item + "' }.onHand", equalTo(30))
                .body("items.find { it.itemCode == '" + item + "' }.callable", equalTo(70))
                .body("items.find { it.itemCode == '" + item + "' }.producible", equalTo(300)));
        given().queryParam("withinDays", 5).when().get("/api/supplies/readiness")
                .then().statusCode(200)
                .body("items.find { it.itemCode == '" + item + "' }.producible", equalTo(900));
        given().queryParam("withinDays", -1).when().get("/api/supplies/readiness")
                .then().statusCode(400).contentType("application/problem+json");
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
