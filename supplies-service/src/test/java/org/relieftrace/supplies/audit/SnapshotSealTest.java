package org.relieftrace.supplies.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.SnapshotSeal;
import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.stock.DepotStock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * 快照封印: every archived snapshot is sealed when it is archived; {@code /audit/verify} names a snapshot whose state,
 * sequence or seal was edited, and the state at a moment refuses it, says so and replays from an earlier one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class SnapshotSealTest {

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
        events.publish(new DepotRegistered(depot, "SL-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                "500118116000", "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM supplies.known_depot"
                + " WHERE depot_id = ?", depot) == 1);
    }

    /** The depot's archived snapshots, edited or not, are removed: the other tests see an intact archive. */
    @AfterEach
    void archiveAsItWas() throws Exception {
        edit("DELETE FROM eventstore.snapshot_archive WHERE aggregate_identifier = ?");
    }

    @Test
    void aSnapshotAxonStoresIsSealedAndAnUntouchedStoreVerifiesClean() throws Exception {
        receive(5, "C-1");
        receive(6, "C-2");
        axon.configuration().snapshotter().scheduleSnapshot(DepotStock.class, depot.toString());
        assertThat(count("SELECT count(*) FROM eventstore.snapshot_archive WHERE aggregate_identifier = ?"
                + " AND seal IS NOT NULL AND seal_suite = 'INTERNATIONAL' AND seal_signature IS NOT NULL",
                depot.toString())).isEqualTo(1);

        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("snapshotsChecked", equalTo(1))
                .body("brokenSnapshots", empty());
        JsonPath history = history();
        given().queryParam("fromIndex", history.getLong("items[0].globalIndex"))
                .queryParam("toIndex", history.getLong("items[1].globalIndex")).get(AUDIT + "/verify").then()
                .statusCode(200).body("intact", equalTo(true)).body("brokenSnapshots", empty());
        JsonPath state = state(history.getString("items[1].timestamp"), true);
        assertThat(state.getLong("fromSnapshot")).isEqualTo(1);
        assertThat(state.getList("snapshotsRefused")).isEmpty();
    }

    @Test
    void anEditedSnapshotIsFoundAndTheStateAtAMomentRefusesItAndReplays() throws Exception {
        for (int i = 1; i <= 5; i++) {
            receive(10L * i, "L-" + i);
        }
        given().queryParam("every", 2).post(AUDIT + "/aggregates/DepotStock/{id}/snapshots", depot).then()
                .statusCode(200).body("added", equalTo(2));
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("snapshotsChecked", equalTo(2));
        List<String> moments = history().getList("items.timestamp", String.class);

        // a DBA changes a lot's quantity in the snapshot at event 3
        edit("UPDATE eventstore.snapshot_archive SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '40', '400'), 'UTF8') WHERE aggregate_identifier = ? AND sequence_number = 3");
        JsonPath verdict = verify();
        assertThat(verdict.getBoolean("intact")).isFalse();
        assertThat(verdict.getList("broken")).isEmpty();
        assertThat(verdict.getList("brokenSnapshots.sequence", Long.class)).containsExactly(3L);
        assertThat(verdict.getString("brokenSnapshots[0].aggregateId")).isEqualTo(depot.toString());
        assertThat(verdict.getString("brokenSnapshots[0].aggregateType")).isEqualTo("DepotStock");
        assertThat(verdict.getString("brokenSnapshots[0].reason")).contains("does not match its seal");

        JsonPath fromArchive = state(moments.get(4), true);
        assertThat(fromArchive.getLong("fromSnapshot")).isEqualTo(1);
        assertThat(fromArchive.getList("snapshotsRefused.sequence", Long.class)).containsExactly(3L);
        assertThat(fromArchive.getInt("eventsApplied")).isEqualTo(5);
        assertThat(fromArchive.getMap("state")).isEqualTo(state(moments.get(4), false).getMap("state"));

        // sealed again with the suite's hash, but without the checkpoint key: the signature gives it away
        edit("UPDATE eventstore.snapshot_archive SET seal = ? WHERE aggregate_identifier = ? AND sequence_number = 3",
                resealed(3));
        assertThat(verify().getString("brokenSnapshots[0].reason")).contains("signature does not match");

        // and the snapshot at event 1 moved to event 2: now no snapshot can be trusted
        edit("UPDATE eventstore.snapshot_archive SET sequence_number = 2 WHERE aggregate_identifier = ?"
                + " AND sequence_number = 1");
        assertThat(verify().getList("brokenSnapshots.sequence", Long.class)).containsExactly(2L, 3L);
        JsonPath replayed = state(moments.get(4), true);
        assertThat(replayed.get("fromSnapshot") == null).isTrue();
        assertThat(replayed.getList("snapshotsRefused.sequence", Long.class)).containsExactly(3L, 2L);
        assertThat(replayed.getMap("state")).isEqualTo(state(moments.get(4), false).getMap("state"));
        assertThat(replayed.getMap("state.book.lots")).hasSize(5);
    }

    private JsonPath verify() {
        return given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The seal of the archived snapshot at {@code sequence} as it now stands, computed with SHA-256. */
    private String resealed(long sequence) throws Exception {
        String eventHash = history().getString("items[" + sequence + "].metaData.hash");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT payload_type, payload_revision,"
                     + " payload FROM eventstore.snapshot_archive WHERE aggregate_identifier = ?"
                     + " AND sequence_number = ?")) {
            statement.setString(1, depot.toString());
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return SnapshotSeal.digest(CryptoSuite.INTERNATIONAL, new SnapshotSeal.Material("DepotStock",
                        depot.toString(), sequence, eventHash, rows.getString(1), rows.getString(2),
                        new CanonicalJson(axon.objectMapper()).ofJson(rows.getBytes(3))));
            }
        }
    }

    private void receive(long quantity, String lot) {
        given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-2026-091", "supplier": "某帐篷厂",
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

    private JsonPath history() {
        return given().queryParam("size", 500).get(AUDIT + "/aggregates/DepotStock/{id}/events", depot).then()
                .statusCode(200).extract().jsonPath();
    }

    /** A DBA's statement on the archive: the values, then the depot's id. */
    private void edit(String sql, Object... values) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.setString(values.length + 1, depot.toString());
            statement.executeUpdate();
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
