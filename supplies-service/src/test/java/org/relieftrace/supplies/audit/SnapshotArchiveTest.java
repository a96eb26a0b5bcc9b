package org.relieftrace.supplies.audit;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
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
import io.restassured.path.json.JsonPath;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.chain.OfflineVerification;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.stock.DepotStock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class SnapshotArchiveTest {

    private static final String AUDIT = "/api/supplies/audit";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Inject
    AxonRuntime axon;

    private UUID depot;

    @BeforeEach
    void aFreshDepot() {
        depot = UUID.randomUUID();
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new DepotRegistered(depot, "SA-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                "500118116000", "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM supplies.known_depot"
                + " WHERE depot_id = ?", depot) == 1);
    }

    @Test
    void aPastStateStartsFromTheLatestArchivedSnapshotBeforeItAndEqualsAReplayFromTheFirstEvent() throws Exception {
        for (int i = 1; i <= 7; i++) {
            receive(10L * i, "L-" + i);
        }
        List<String> moments = timestamps();
        assertThat(moments).hasSize(7);

        given().queryParam("every", 2).post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", depot).then()
                .statusCode(200).body("events", equalTo(7)).body("added", equalTo(3)).body("snapshots", equalTo(3))
                .body("every", equalTo(2));
        assertThat(archived(depot)).containsExactly(1L, 3L, 5L);
        // asked again, nothing is added
        given().queryParam("every", 2).post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", depot).then()
                .statusCode(200).body("added", equalTo(0)).body("snapshots", equalTo(3));

        for (int i = 0; i < moments.size(); i++) {
            JsonPath fromArchive = state(moments.get(i), true);
            JsonPath replayed = state(moments.get(i), false);
            assertThat(fromArchive.getLong("lastSequence")).isEqualTo(i);
            assertThat(fromArchive.getInt("eventsApplied")).isEqualTo(i + 1);
            // the latest archived snapshot (1, 3, 5) at or before the moment's event
            Long expected = i == 0 ? null : (long) (i % 2 == 1 ? i : i - 1);
            assertThat(fromArchive.get("fromSnapshot") == null ? null
                    : fromArchive.getLong("fromSnapshot")).as("snapshot at event %d", i).isEqualTo(expected);
            assertThat(replayed.get("fromSnapshot") == null).isTrue();
            assertThat(fromArchive.getMap("state")).as("state at event %d", i).isEqualTo(replayed.getMap("state"));
            assertThat(fromArchive.getMap("state.book.lots")).hasSize(i + 1);
        }

        // snapshots are not events: the history, its chain, the verification and the export hold the 7 events only
        JsonPath history = given().queryParam("size", 500).get(AUDIT + "/aggregates/DepotStock/{id}/events", depot)
                .then().statusCode(200).body("total", equalTo(7)).extract().jsonPath();
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("eventsChecked", equalTo(7));
        long first = history.getLong("items[0].globalIndex");
        long last = history.getLong("items[6].globalIndex");
        String export = given().queryParam("fromIndex", first).queryParam("toIndex", last).get(AUDIT + "/export")
                .then().statusCode(200).extract().asString();
        assertThat(export.lines().filter(line -> line.contains("\"kind\":\"event\"")
                && line.contains(depot.toString()))).hasSize(7);
        OfflineVerification.Result offline = new OfflineVerification()
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(offline.broken()).isEmpty();
    }

    @Test
    void everySnapshotAxonStoresStaysInTheArchiveAfterANewerOneReplacesIt() throws Exception {
        receive(5, "S-1");
        receive(6, "S-2");
        axon.configuration().snapshotter().scheduleSnapshot(DepotStock.class, depot.toString());
        receive(7, "S-3");
        receive(8, "S-4");
        axon.configuration().snapshotter().scheduleSnapshot(DepotStock.class, depot.toString());

        assertThat(count("SELECT count(*) FROM eventstore.snapshot_event_entry WHERE aggregate_identifier = ?",
                depot.toString())).isEqualTo(1);
        assertThat(archived(depot)).containsExactly(1L, 3L);
        String second = timestamps().get(2);
        JsonPath fromArchive = state(second, true);
        assertThat(fromArchive.getLong("fromSnapshot")).isEqualTo(1);
        assertThat(fromArchive.getInt("eventsApplied")).isEqualTo(3);
        assertThat(fromArchive.getMap("state")).isEqualTo(state(second, false).getMap("state"));
    }

    @Test
    void archivingNeedsAPositiveIntervalAndAnAggregateWithEvents() {
        given().queryParam("every", 0).post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", depot).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("every"));
        given().post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", UUID.randomUUID()).then().statusCode(404);
        given().post(AUDIT + "/aggregates/NoSuchAggregate/{id}/snapshots", depot).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "county-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void anAuditorReadsPastStatesButDoesNotArchive() {
        given().post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", depot).then().statusCode(403);
    }

    private void receive(long quantity, String lot) {
        given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-2026-072", "supplier": "某帐篷厂",
                         "reason": "汛期前补充储备",
                         "lines": [{"itemCode": "TENT-12", "lotNumber": "%s", "quantity": %d,
                                    "producedOn": "2026-03-01", "expiresOn": "2029-03-01"}]}
                        """.formatted(lot, quantity))
                .post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201);
    }

    private JsonPath state(String at, boolean snapshot) {
        return given().queryParam("at", at).queryParam("snapshot", snapshot)
                .get(AUDIT + "/aggregates/DepotStock/{id}/state", depot).then().statusCode(200).extract().jsonPath();
    }

    private List<String> timestamps() {
        return given().queryParam("size", 500).get(AUDIT + "/aggregates/DepotStock/{id}/events", depot).then()
                .statusCode(200).extract().jsonPath().getList("items.timestamp", String.class);
    }

    private List<Long> archived(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT sequence_number FROM"
                     + " eventstore.snapshot_archive WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            statement.setString(1, id.toString());
            List<Long> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }

    private long count(String sql, Object value) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
