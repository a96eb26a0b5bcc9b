package org.relieftrace.supplies.stock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import io.restassured.response.Response;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.audit.ChainVerifier;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class ReceiptResourceTest {

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Inject
    ChainVerifier chains;

    private UUID depot;

    @BeforeEach
    void registryHasPublishedTheDepotAndItems() {
        depot = UUID.randomUUID();
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new CatalogItemRegistered("WATER-550", "瓶装饮用水", "Bottled water", "FOOD_WATER", "箱",
                "550ml×24", 365));
        events.publish(new DepotRegistered(depot, "ZT-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                "500118116000", "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM supplies.known_depot WHERE depot_id = ?", depot) == 1);
    }

    private String receipt(String item, long quantity, String lot) {
        return """
                {"source": "PROCUREMENT", "reference": "HT-2026-071", "supplier": "某帐篷厂",
                 "reason": "汛期前补充储备",
                 "lines": [{"itemCode": "%s", "lotNumber": "%s", "quantity": %d,
                            "producedOn": "2026-03-01", "expiresOn": "2029-03-01"}]}
                """.formatted(item, lot, quantity);
    }

    @Test
    void aReceiptBecomesStockLotByLot() {
        String location = given().contentType(ContentType.JSON).body(receipt("TENT-12", 40, "T-0301"))
                .when().post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(201)
                .header("Location", containsString("/api/supplies/depots/" + depot + "/receipts/"))
                .extract().header("Location");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().when().get("/api/supplies/depots/{id}/stock", depot)
                        .then().statusCode(200)
                        .body("items[0].itemCode", equalTo("TENT-12"))
                        .body("items[0].onHand", equalTo(40))
                        .body("lots.items[0].lotNumber", equalTo("T-0301"))
                        .body("lots.items[0].source", equalTo("PROCUREMENT")));
        given().when().get(location).then().statusCode(200).body("lots.itemCode", hasItem("TENT-12"))
                .body("acceptanceReportDue", equalTo(WorkingDays.after(
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 5).toString()));
    }

    @Test
    void everyEventCarriesWhoWhereWhyAndItsHashChain() throws Exception {
        given().contentType(ContentType.JSON).header("X-Request-Id", "req-audit-1")
                .body(receipt("TENT-12", 5, "T-A")).post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(receipt("WATER-550", 7, "W-A"))
                .post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201);

        List<Map<String, String>> metaData = metaDataOf(depot);
        assertThat(metaData).hasSize(2);
        Map<String, String> first = metaData.get(0);
        assertThat(first).containsEntry("username", "zhutuo-officer").containsEntry("roles", "supplies-officer")
                .containsEntry("division", "500118116000").containsEntry("reason", "汛期前补充储备")
                .containsEntry("correlationId", "req-audit-1").containsKeys("userId", "causationId", "hash");
        assertThat(first.get("prevHash")).isEqualTo("0".repeat(64));
        assertThat(metaData.get(1).get("prevHash")).isEqualTo(first.get("hash"));
        assertThat(metaData.get(1).get("hash")).hasSize(64).isNotEqualTo(first.get("hash"));

        ChainVerifier.Verdict verdict = chains.verify(depot.toString());
        assertThat(verdict.intact()).as(verdict.reason()).isTrue();
        assertThat(verdict.eventsChecked()).isEqualTo(2);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement edit = connection.prepareStatement("UPDATE eventstore.domain_event_entry"
                     + " SET payload = payload WHERE aggregate_identifier = ?")) {
            edit.setString(1, depot.toString());
            assertThatThrownBy(edit::executeUpdate).hasMessageContaining("append-only");
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() throws Exception {
        Map<String, String> cases = new HashMap<>();
        cases.put(receipt("TENT-12", 0, "Z-1"), "lines[0].quantity");
        cases.put(receipt("TENT-12", -3, "Z-2"), "lines[0].quantity");
        cases.put(receipt("NO-SUCH-ITEM", 3, "Z-3"), "lines[0].itemCode");
        cases.put(receipt("TENT-12", 3, ""), "lines[0].lotNumber");
        cases.put(receipt("TENT-12", 3, "Z-4").replace("2029-03-01", "2025-01-01"), "lines[0].expiresOn");
        cases.put("{\"source\": \"PROCUREMENT\", \"lines\": []}", "lines");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "en")
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("errors.field", hasItem(field)));

        given().contentType(ContentType.JSON).body("{\"source\": \"PROCUREMENT\", \"lines\": [")
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/malformed-json"))
                .body("title", equalTo("JSON 格式错误"));
        given().contentType(ContentType.JSON).body(receipt("TENT-12", 3, "Z-5").replace("PROCUREMENT", "STOLEN"))
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(400).body("errors.field", hasItem("source"));

        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isZero();
    }

    @Test
    void anUnknownDepotIsNotFound() {
        given().contentType(ContentType.JSON).body(receipt("TENT-12", 1, "X"))
                .post("/api/supplies/depots/{id}/receipts", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/not-found"));
    }

    @Test
    @TestSecurity(user = "laisu-officer", roles = "supplies-officer")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118109000"))
    void anotherTownshipsOfficerIsForbidden() throws Exception {
        given().contentType(ContentType.JSON).body(receipt("TENT-12", 1, "X"))
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isZero();
    }

    @Test
    @TestSecurity(user = "zhutuo-auditor", roles = {"auditor", "supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void anAuditorActsNowhereEvenInTheirDivisionButReadsThere() throws Exception {
        given().contentType(ContentType.JSON).body(receipt("TENT-12", 1, "X"))
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isZero();
        given().get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200);
    }

    @Test
    void fiftyConcurrentRetriesWithOneIdempotencyKeyRecordOneReceipt() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(receipt("TENT-12", 12, "IDEM-1")).post("/api/supplies/depots/{id}/receipts", depot));
        }
        List<String> locations = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(calls)) {
            Response response = answer.get();
            assertThat(response.statusCode()).isEqualTo(201);
            locations.add(response.header("Location"));
        }
        pool.shutdown();
        assertThat(locations).hasSize(50).containsOnly(locations.get(0));
        assertThat(count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isEqualTo(1);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(receipt("TENT-12", 13, "IDEM-1")).post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/idempotency-key-reused"));
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

    private List<Map<String, String>> metaDataOf(UUID aggregate) throws Exception {
        List<Map<String, String>> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT convert_from(meta_data, 'UTF8')"
                     + " FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            statement.setString(1, aggregate.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> map = new com.fasterxml.jackson.databind.ObjectMapper()
                            .readValue(rows.getString(1), Map.class);
                    all.add(map);
                }
            }
        }
        return all;
    }
}
