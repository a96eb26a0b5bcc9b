package org.relieftrace.supplies.audit;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.OfflineVerification;
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
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * 国密套件: a deployment on the SM suite hashes its events with SM3 and signs its checkpoints with SM2; the audit
 * endpoints and the offline verifier check them, and find an edited event and a deleted one. The database is the
 * one the other tests of this JVM write INTERNATIONAL events and checkpoints to, so the store is mixed.
 */
@QuarkusTest
@TestProfile(SmSuiteAuditTest.SmSuite.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class SmSuiteAuditTest {

    /** The service configured for the SM suite. */
    public static class SmSuite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relief.crypto.suite", "SM");
        }
    }

    private static final String AUDIT = "/api/supplies/audit";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Inject
    AxonRuntime axon;

    private UUID depot;

    @BeforeEach
    void aFreshDepot() throws Exception {
        depot = UUID.randomUUID();
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new DepotRegistered(depot, "SM-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                "500118116000", "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(20)).until(() -> knownDepots() == 1);
    }

    private long knownDepots() throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("SELECT count(*) FROM supplies.known_depot WHERE depot_id = ?")) {
            statement.setObject(1, depot);
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Puts back the depot's history a test edited, so that the other tests see an intact store. */
    @AfterEach
    void historyAsItWas() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS public.history_kept_aside AS SELECT * FROM"
                    + " eventstore.domain_event_entry WITH NO DATA");
            ddl.execute("ALTER TABLE eventstore.domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
            try {
                ddl.execute("DELETE FROM eventstore.domain_event_entry WHERE aggregate_identifier IN (SELECT"
                        + " aggregate_identifier FROM public.history_kept_aside)");
                ddl.execute("INSERT INTO eventstore.domain_event_entry SELECT * FROM public.history_kept_aside");
                ddl.execute("TRUNCATE public.history_kept_aside");
            } finally {
                ddl.execute("ALTER TABLE eventstore.domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
            }
        }
    }

    private void receive(long quantity, String lot) {
        given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-2026-088", "supplier": "某帐篷厂",
                         "reason": "汛期前补充储备",
                         "lines": [{"itemCode": "TENT-12", "lotNumber": "%s", "quantity": %d,
                                    "producedOn": "2026-03-01", "expiresOn": "2029-03-01"}]}
                        """.formatted(lot, quantity))
                .post("/api/supplies/depots/{id}/receipts", depot).then().statusCode(201);
    }

    private JsonPath history() {
        return given().get(AUDIT + "/aggregates/DepotStock/{id}/events", depot).then().statusCode(200)
                .extract().jsonPath();
    }

    private CheckpointSeal.Checkpoint seal() {
        JsonPath made = given().post(AUDIT + "/checkpoints").then().statusCode(201).extract().jsonPath();
        return new CheckpointSeal.Checkpoint(made.getLong("globalIndex"), made.getLong("events"),
                made.getString("runningHash"), made.getString("createdAt"), made.getString("keyId"),
                made.getString("signature"), CryptoSuite.recorded(made.getString("suite")));
    }

    private java.security.PublicKey publishedKey(CryptoSuite suite) {
        JsonPath key = given().queryParam("suite", suite.name()).get(AUDIT + "/checkpoints/public-key").then()
                .statusCode(200).extract().jsonPath();
        assertThat(key.getString("algorithm")).isEqualTo(suite.signatureAlgorithm());
        return suite.publicKey(key.getString("publicKey"));
    }

    @Test
    void eventsAreHashedWithSm3AndCheckpointsSignedWithSm2() throws Exception {
        receive(40, "SM-1");
        receive(60, "SM-2");
        JsonPath history = history();
        assertThat(history.getList("items.metaData.chainSuite", String.class)).containsExactly("SM", "SM");
        CheckpointSeal.Checkpoint sealed = seal();
        assertThat(sealed.suite()).isEqualTo(CryptoSuite.SM);
        given().get(AUDIT + "/checkpoints/public-key").then().statusCode(200).body("suite", equalTo("SM"))
                .body("algorithm", equalTo("SM2")).body("keyId", equalTo(sealed.keyId()))
                .body("developmentKey", equalTo(true));
        assertThat(sealed.signedBy(publishedKey(CryptoSuite.SM))).isTrue();
        given().queryParam("suite", "MD5").get(AUDIT + "/checkpoints/public-key").then().statusCode(400)
                .contentType("application/problem+json");

        long first = history.getLong("items[0].globalIndex");
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("eventsChecked", equalTo(2));
        given().queryParam("fromIndex", first).queryParam("toIndex", sealed.globalIndex()).get(AUDIT + "/verify")
                .then().statusCode(200).body("intact", equalTo(true))
                .body("checkpointsChecked", greaterThanOrEqualTo(1));

        String export = given().queryParam("fromIndex", first).queryParam("toIndex", sealed.globalIndex())
                .get(AUDIT + "/export").then().statusCode(200).extract().asString();
        OfflineVerification.Result offline = new OfflineVerification(publishedKey(CryptoSuite.SM))
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(offline.broken()).isEmpty();
        assertThat(offline.checkpointsChecked()).isOne();
        assertThat(offline.brokenCheckpoints()).isEmpty();
        OfflineVerification.Result withoutSmKey = new OfflineVerification(publishedKey(CryptoSuite.INTERNATIONAL))
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(withoutSmKey.brokenCheckpoints()).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("no published SM key"));

        // the SM events read as SHA-256 ones no longer match their hashes: they were hashed with SM3
        OfflineVerification.Result asInternational = new OfflineVerification().verify(new BufferedReader(
                new StringReader(export.replace("\"chainSuite\":\"SM\"", "\"chainSuite\":\"INTERNATIONAL\""))), false);
        assertThat(asInternational.broken()).filteredOn(b -> b.aggregateId().equals(depot.toString())).hasSize(2);
    }

    @Test
    void aSnapshotIsSealedWithSm3AndVerifies() throws Exception {
        receive(15, "SM-S1");
        receive(25, "SM-S2");
        axon.configuration().snapshotter().scheduleSnapshot(DepotStock.class, depot.toString());
        JsonPath history = history();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("SELECT sequence_number, payload_type, payload_revision, payload, seal, seal_suite"
                        + " FROM eventstore.snapshot_archive WHERE aggregate_identifier = ?")) {
            statement.setString(1, depot.toString());
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isOne();
                assertThat(rows.getString(6)).isEqualTo("SM");
                assertThat(rows.getString(5)).isEqualTo(SnapshotSeal.digest(CryptoSuite.SM, new SnapshotSeal.Material(
                        "DepotStock", depot.toString(), 1, history.getString("items[1].metaData.hash"),
                        rows.getString(2), rows.getString(3),
                        new CanonicalJson(axon.objectMapper()).ofJson(rows.getBytes(4)))));
            }
        }
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("snapshotsChecked", equalTo(1));
        given().queryParam("at", history.getString("items[1].timestamp"))
                .get(AUDIT + "/aggregates/DepotStock/{id}/state", depot).then().statusCode(200)
                .body("fromSnapshot", equalTo(1)).body("snapshotsRefused", empty());
    }

    @Test
    void anEditedAndADeletedSmEventAreFound() throws Exception {
        receive(10, "SM-A");
        receive(20, "SM-B");
        receive(30, "SM-C");
        seal();
        List<String> ids = history().getList("items.eventId", String.class);
        long deleted = history().getLong("items[2].globalIndex");
        tamper("UPDATE eventstore.domain_event_entry SET payload = convert_to(jsonb_set(convert_from(payload,"
                        + " 'UTF8')::jsonb, '{quantity}', '500')::text, 'UTF8') WHERE aggregate_identifier = ?"
                        + " AND sequence_number = 1",
                "DELETE FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2");

        JsonPath verdict = given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then()
                .statusCode(200).body("intact", equalTo(false)).extract().jsonPath();
        assertThat(verdict.getList("broken.eventId", String.class)).containsExactly(ids.get(1));
        assertThat(verdict.getString("broken[0].reason")).contains("does not match its hash");

        JsonPath stream = given().queryParam("fromIndex", deleted).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(false)).extract().jsonPath();
        assertThat(stream.getList("brokenCheckpoints.reason", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("do not match the signed running hash"));

        String export = given().get(AUDIT + "/export").then().statusCode(200).extract().asString();
        OfflineVerification.Result offline = new OfflineVerification(publishedKey(CryptoSuite.INTERNATIONAL),
                publishedKey(CryptoSuite.SM)).verify(new BufferedReader(new StringReader(export)), true);
        assertThat(offline.broken()).filteredOn(b -> b.aggregateId().equals(depot.toString()))
                .extracting(b -> b.eventId()).containsExactly(ids.get(1));
        assertThat(offline.brokenCheckpoints()).anySatisfy(c -> {
            assertThat(c.afterIndex()).isLessThan(deleted);
            assertThat(c.globalIndex()).isGreaterThanOrEqualTo(deleted);
        });
    }

    /** A DBA editing history: the depot's history is kept aside first and put back after the test. */
    private void tamper(String... statements) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS public.history_kept_aside AS SELECT * FROM"
                    + " eventstore.domain_event_entry WITH NO DATA");
            try (PreparedStatement keep = connection.prepareStatement("INSERT INTO public.history_kept_aside SELECT *"
                    + " FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?")) {
                keep.setString(1, depot.toString());
                keep.executeUpdate();
            }
            ddl.execute("ALTER TABLE eventstore.domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
            try {
                for (String sql : statements) {
                    try (PreparedStatement edit = connection.prepareStatement(sql)) {
                        edit.setString(1, depot.toString());
                        assertThat(edit.executeUpdate()).isPositive();
                    }
                }
            } finally {
                ddl.execute("ALTER TABLE eventstore.domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
            }
        }
    }
}
