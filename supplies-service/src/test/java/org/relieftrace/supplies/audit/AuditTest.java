package org.relieftrace.supplies.audit;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
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

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.chain.ChainCheck;
import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.EventHash;
import org.relieftrace.chain.OfflineVerification;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
// an auditor never acts, so the receipts and their audit are done by an admin of the township
@TestSecurity(user = "zhutuo-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class AuditTest {

    private static final String AUDIT = "/api/supplies/audit";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private UUID depot;

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
            ddl.execute("UPDATE supplies.audit_checkpoint SET events = events - 1000000 WHERE events >= 1000000");
        }
    }

    @BeforeEach
    void aFreshDepot() throws Exception {
        depot = UUID.randomUUID();
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new DepotRegistered(depot, "ZT-" + depot.toString().substring(0, 8), "朱沱镇应急物资储备库",
                "500118116000", "TOWNSHIP", "GOVERNMENT", 29.0, 105.8, "朱沱镇"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(depot) == 1);
    }

    private void receive(long quantity, String lot) {
        given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-2026-071", "supplier": "某帐篷厂",
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

    @Test
    void theHistoryShowsPayloadMetadataAndHashesInOrder() {
        receive(40, "T-1");
        receive(60, "T-2");
        JsonPath history = history();
        assertThat(history.getLong("total")).isEqualTo(2);
        assertThat(history.getList("items.sequence", Integer.class)).containsExactly(0, 1);
        assertThat(history.getList("items.payload.quantity", Integer.class)).containsExactly(40, 60);
        assertThat(history.getList("items.payload.lotNumber", String.class)).containsExactly("T-1", "T-2");
        assertThat(history.getString("items[0].metaData.username")).isEqualTo("zhutuo-admin");
        assertThat(history.getString("items[0].metaData.roles")).isEqualTo("admin,supplies-officer");
        assertThat(history.getString("items[0].metaData.division")).isEqualTo("500118116000");
        assertThat(history.getString("items[0].metaData.reason")).isEqualTo("汛期前补充储备");
        assertThat(history.getString("items[0].metaData.correlationId")).isNotBlank();
        assertThat(history.getString("items[0].prevHash")).isEqualTo("0".repeat(64));
        assertThat(history.getString("items[1].prevHash")).isEqualTo(history.getString("items[0].hash"));
        assertThat(history.getString("items[0].payloadType")).endsWith("StockReceived");

        given().queryParam("page", 1).queryParam("size", 1).get(AUDIT + "/aggregates/DepotStock/{id}/events", depot)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].payload.lotNumber",
                        equalTo("T-2"));
        given().get(AUDIT + "/aggregates/DepotStock/{id}/events", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        // the history is shown unmasked: reading it is itself on record, with who and why
        JsonPath reads = given().queryParam("type", "PersonalDataRead").queryParam("user", "zhutuo-admin")
                .queryParam("size", 500).get(AUDIT + "/events").then().statusCode(200).extract().jsonPath();
        assertThat(reads.getList("items.findAll { it.payload.subjectIds.contains('" + depot
                + "') }.payload.view", String.class)).contains("audit-history");
    }

    @Test
    void theStateAtAMomentHoldsOnlyWhatHadHappenedByThen() {
        receive(40, "T-1");
        receive(60, "T-2");
        JsonPath history = history();
        String firstAt = history.getString("items[0].timestamp");
        String secondAt = history.getString("items[1].timestamp");
        assertThat(Instant.parse(firstAt)).isBefore(Instant.parse(secondAt));

        JsonPath before = given().queryParam("at", firstAt).get(AUDIT + "/aggregates/DepotStock/{id}/state", depot)
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("eventsApplied")).isEqualTo(1);
        assertThat(before.getString("state.depotId")).isEqualTo(depot.toString());
        assertThat(onHand(before)).containsExactly(40);

        JsonPath after = given().queryParam("at", secondAt).get(AUDIT + "/aggregates/DepotStock/{id}/state", depot)
                .then().statusCode(200).extract().jsonPath();
        assertThat(onHand(after)).containsExactlyInAnyOrder(40, 60);
        given().get(AUDIT + "/aggregates/DepotStock/{id}/state", depot).then().statusCode(200)
                .body("eventsApplied", equalTo(2));

        given().queryParam("at", "2020-01-01T00:00:00Z").get(AUDIT + "/aggregates/DepotStock/{id}/state", depot)
                .then().statusCode(404);
        given().queryParam("at", "yesterday").get(AUDIT + "/aggregates/DepotStock/{id}/state", depot)
                .then().statusCode(400);
        given().get(AUDIT + "/aggregates/NoSuchAggregate/{id}/state", depot).then().statusCode(404);
    }

    /** The on-hand quantity of each lot in a replayed stock book. */
    private static List<Integer> onHand(JsonPath state) {
        Map<String, Map<String, Object>> lots = state.getMap("state.book.lots");
        return lots.values().stream().map(lot -> (Integer) lot.get("onHand")).toList();
    }

    @Test
    void anUntouchedHistoryVerifiesOnlineAndOffline() throws Exception {
        receive(1, "A");
        receive(2, "B");
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("eventsChecked", equalTo(2)).body("broken", hasSize(0));
        long first = history().getLong("items[0].globalIndex");
        long last = history().getLong("items[1].globalIndex");
        // the range starts with the catalog item and depot published (outside any aggregate) before the receipts
        given().queryParam("fromIndex", first - 2).queryParam("toIndex", last).get(AUDIT + "/verify").then()
                .statusCode(200).body("intact", equalTo(true)).body("aggregatesChecked", equalTo(3))
                .body("eventsChecked", equalTo(4));
        String export = given().queryParam("fromIndex", first - 2).queryParam("toIndex", last)
                .get(AUDIT + "/export").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        OfflineVerification.Result result = new OfflineVerification()
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(result.eventsChecked()).isEqualTo(4);
        assertThat(result.broken()).isEmpty();
    }

    @Test
    void anEditedPayloadIsFound() throws Exception {
        List<String> ids = threeReceipts();
        tamper("UPDATE eventstore.domain_event_entry SET payload = convert_to(jsonb_set(convert_from(payload,"
                + " 'UTF8')::jsonb, '{quantity}', '500')::text, 'UTF8') WHERE aggregate_identifier = ?"
                + " AND sequence_number = 1");
        assertBroken(Map.of(1L, ids.get(1)), "does not match its hash");
    }

    @Test
    void anEditedReasonIsFound() throws Exception {
        List<String> ids = threeReceipts();
        tamper("UPDATE eventstore.domain_event_entry SET meta_data = convert_to(jsonb_set(convert_from(meta_data,"
                + " 'UTF8')::jsonb, '{reason}', '\"盘点调整\"')::text, 'UTF8') WHERE aggregate_identifier = ?"
                + " AND sequence_number = 1");
        assertBroken(Map.of(1L, ids.get(1)), "does not match its hash");
    }

    @Test
    void aDeletedEventIsFound() throws Exception {
        List<String> ids = threeReceipts();
        long deleted = history().getLong("items[1].globalIndex");
        tamper("DELETE FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1");
        assertBroken(Map.of(2L, ids.get(2)), "sequence 1 missing");
        // the checkpoint made before the deletion no longer matches the stream
        assertCheckpointBrokenOver(deleted);
    }

    @Test
    void aRewrittenChainPassesTheChainCheckButNotTheSignedCheckpoint() throws Exception {
        threeReceipts();
        long edited = history().getLong("items[1].globalIndex");
        rewriteChain();
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        assertThat(history().getList("items.payload.quantity", Integer.class)).containsExactly(10, 500, 30);
        assertCheckpointBrokenOver(edited);
    }

    @Test
    void anEditedCheckpointIsFound() throws Exception {
        threeReceipts();
        long sealed = given().get(AUDIT + "/checkpoints?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.globalIndex", Long.class).getLast();
        try (Connection connection = dataSource.getConnection(); PreparedStatement edit = connection.prepareStatement(
                "UPDATE supplies.audit_checkpoint SET events = events + 1000000 WHERE global_index = ?")) {
            edit.setLong(1, sealed);
            assertThat(edit.executeUpdate()).isOne();
        }
        JsonPath verdict = given().queryParam("fromIndex", sealed).queryParam("toIndex", sealed)
                .get(AUDIT + "/verify").then().statusCode(200).body("intact", equalTo(false)).extract().jsonPath();
        assertThat(verdict.getList("brokenCheckpoints.globalIndex", Long.class)).containsExactly(sealed);
        assertThat(verdict.getString("brokenCheckpoints[0].reason")).contains("signature does not match");
    }

    @Test
    void theExportCarriesSignedCheckpointsCheckedWithThePublishedKey() throws Exception {
        receive(5, "S-1");
        long first = history().getLong("items[0].globalIndex");
        JsonPath checkpoint = given().post(AUDIT + "/checkpoints").then().statusCode(201).extract().jsonPath();
        long sealed = checkpoint.getLong("globalIndex");
        assertThat(sealed).isGreaterThanOrEqualTo(first);
        assertThat(checkpoint.getString("suite")).isEqualTo("INTERNATIONAL");
        assertThat(new CheckpointSeal.Checkpoint(sealed, checkpoint.getLong("events"),
                checkpoint.getString("runningHash"), checkpoint.getString("createdAt"), checkpoint.getString("keyId"),
                checkpoint.getString("signature"), CryptoSuite.INTERNATIONAL).signedBy(publishedKey())).isTrue();
        given().get(AUDIT + "/checkpoints").then().statusCode(200)
                .body("items.globalIndex", org.hamcrest.Matchers.hasItem((int) sealed));

        String export = given().queryParam("fromIndex", first).queryParam("toIndex", sealed)
                .get(AUDIT + "/export").then().statusCode(200).extract().asString();
        assertThat(export.lines().findFirst().orElseThrow()).contains("\"kind\":\"header\"");
        OfflineVerification.Result trusted = new OfflineVerification(publishedKey())
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(trusted.checkpointsChecked()).isOne();
        assertThat(trusted.brokenCheckpoints()).isEmpty();

        PublicKey stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        OfflineVerification.Result other = new OfflineVerification(stranger)
                .verify(new BufferedReader(new StringReader(export)), false);
        assertThat(other.brokenCheckpoints()).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("signature does not match"));
    }

    @Test
    void swappedPayloadsAreFound() throws Exception {
        List<String> ids = threeReceipts();
        tamper("UPDATE eventstore.domain_event_entry e SET payload = o.payload FROM eventstore.domain_event_entry o"
                + " WHERE e.aggregate_identifier = ? AND o.aggregate_identifier = e.aggregate_identifier"
                + " AND e.sequence_number IN (0, 1) AND o.sequence_number = 1 - e.sequence_number");
        assertBroken(Map.of(0L, ids.get(0), 1L, ids.get(1)), "does not match its hash");
    }

    @Test
    void swappedEventsAreFound() throws Exception {
        List<String> ids = threeReceipts();
        tamper("UPDATE eventstore.domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ?"
                        + " AND sequence_number = 0",
                "UPDATE eventstore.domain_event_entry SET sequence_number = 0 WHERE aggregate_identifier = ?"
                        + " AND sequence_number = 1",
                "UPDATE eventstore.domain_event_entry SET sequence_number = 1 WHERE aggregate_identifier = ?"
                        + " AND sequence_number = -1");
        // after the swap, sequence 0 holds the second event and sequence 1 the first; the third no longer links to
        // the event now stored before it
        assertBroken(Map.of(0L, ids.get(1), 1L, ids.get(0), 2L, ids.get(2)), "prevHash does not link");
    }

    @Test
    @TestSecurity(user = "laisu-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118109000"))
    void anAuditorOfAnotherTownshipSeesNoneOfZhutuosEvents() {
        String marker = "audit-" + UUID.randomUUID();
        publishActedIn("500118116201", marker + "-zhutuo");
        publishActedIn("500118109203", marker + "-laisu");

        JsonPath seen = given().queryParam("type", "DepotRegistered").queryParam("size", 500)
                .get(AUDIT + "/events").then().statusCode(200).extract().jsonPath();
        List<String> divisions = seen.getList("items.metaData.division", String.class);
        assertThat(divisions).isNotEmpty().allMatch(d -> d.startsWith("500118109"));
        assertThat(seen.getList("items.payload.name", String.class)).contains(marker + "-laisu")
                .doesNotContain(marker + "-zhutuo");
        given().queryParam("division", "500118116000").get(AUDIT + "/events").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("user", "someone-" + marker).get(AUDIT + "/events").then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", Instant.now().plusSeconds(60).toString())
                .queryParam("type", "org.relieftrace.contracts.registry.DepotRegistered")
                .get(AUDIT + "/events").then().statusCode(200)
                .body("items.payload.name", org.hamcrest.Matchers.hasItem(marker + "-laisu"));
    }

    @Test
    @TestSecurity(user = "zhutuo-keeper", roles = "depot-keeper")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void aDepotKeeperIsForbidden() {
        given().get(AUDIT + "/events").then().statusCode(403);
        given().get(AUDIT + "/verify").then().statusCode(403);
        given().get(AUDIT + "/export").then().statusCode(403);
        given().post(AUDIT + "/projections/{name}/replay", "stock").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "county-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void anAuditorReadsButNeverReplays() {
        given().get(AUDIT + "/projections").then().statusCode(200);
        given().post(AUDIT + "/projections/{name}/replay", "stock").then().statusCode(403);
    }

    @Test
    void aReplayRebuildsTheStockAsideWithProgressAndFindsNoDifference() {
        receive(40, "R-1");
        receive(60, "R-2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200)
                .body("items[0].onHand", equalTo(100)));
        given().get(AUDIT + "/projections").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItems("stock", "registry-facts"));

        JsonPath done = replay("stock", false);
        assertThat(done.getString("outcome")).isEqualTo("EQUAL");
        assertThat(done.getLong("differences")).isZero();
        assertThat(done.getList("tables", String.class)).containsExactly("supplies.reversal", "supplies.lot_stock",
                "supplies.lot_movement", "supplies.reserve_norm", "supplies.depot_item_stock", "supplies.stocktake",
                "supplies.stocktake_line", "supplies.write_off");
        assertThat(done.getLong("eventsDone")).isPositive().isEqualTo(done.getLong("eventsTotal"));
        assertThat(done.getDouble("eventsPerSecond")).isPositive();
        assertThat(done.getLong("etaSeconds")).isZero();
        // the live view went on serving, and still holds the same stock
        given().get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200)
                .body("items[0].onHand", equalTo(100)).body("lots.items", hasSize(2));
        given().post(AUDIT + "/projections/{name}/replay", "no-such-projection").then().statusCode(404);
    }

    @Test
    void aCorruptedLiveRowIsReportedAndReplacedOnlyWhenForced() throws Exception {
        receive(40, "C-1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200)
                .body("items[0].onHand", equalTo(40)));
        UUID lot = UUID.fromString(history().getString("items[0].payload.lotId"));
        try (Connection connection = dataSource.getConnection(); PreparedStatement corrupt = connection
                .prepareStatement("UPDATE supplies.lot_stock SET on_hand = 999 WHERE lot_id = ?")) {
            corrupt.setObject(1, lot);
            assertThat(corrupt.executeUpdate()).isOne();
        }

        JsonPath kept = replay("stock", false);
        assertThat(kept.getString("outcome")).isEqualTo("DIFFERENT_LIVE_KEPT");
        assertThat(kept.getLong("differences")).isOne();
        assertThat(kept.getString("firstDifferences[0].table")).isEqualTo("supplies.lot_stock");
        assertThat(kept.getString("firstDifferences[0].key.lot_id")).isEqualTo(lot.toString());
        assertThat(kept.getInt("firstDifferences[0].live.on_hand")).isEqualTo(999);
        assertThat(kept.getInt("firstDifferences[0].rebuilt.on_hand")).isEqualTo(40);
        assertThat(kept.getMap("firstDifferences[0].live")).containsOnlyKeys("on_hand");
        given().get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200)
                .body("items[0].onHand", equalTo(999));

        JsonPath switched = replay("stock", true);
        assertThat(switched.getString("outcome")).isEqualTo("DIFFERENT_SWITCHED");
        given().get("/api/supplies/depots/{id}/stock", depot).then().statusCode(200)
                .body("items[0].onHand", equalTo(40));
        assertThat(replay("stock", false).getString("outcome")).isEqualTo("EQUAL");
    }

    /** Starts a replay, follows its Location until it is done, and answers its final status. */
    private JsonPath replay(String projection, boolean force) {
        var started = given().queryParam("force", force).post(AUDIT + "/projections/{name}/replay", projection)
                .then().statusCode(202).body("projection", equalTo(projection)).extract();
        String location = started.header("Location");
        assertThat(location).contains(AUDIT + "/projections/" + projection + "/replays/"
                + started.jsonPath().getString("id"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(location).then().statusCode(200)
                .body("phase", equalTo("DONE")));
        return given().get(location).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theAuditEndpointsAreDescribedInTheOpenApiDocument() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/aggregates/{type}/{id}/events", "/aggregates/{type}/{id}/state", "/events",
                "/verify", "/export", "/projections", "/projections/{name}/replay",
                "/projections/{name}/replays/{id}", "/checkpoints", "/checkpoints/public-key")) {
            Map<String, Object> get = openApi.getMap("paths.'" + AUDIT + path + "'."
                    + (path.endsWith("replay") ? "post" : "get"));
            assertThat(get).as(path).containsKey("summary");
            assertThat(get.get("tags")).as(path).isEqualTo(List.of("Audit"));
        }
    }

    private void publishActedIn(String division, String name) {
        UUID id = UUID.randomUUID();
        events.publish(GenericEventMessage.asEventMessage(new DepotRegistered(id, "D-" + id.toString().substring(0,
                        8), name, division, "VILLAGE", "GOVERNMENT", 29.0, 105.8, name))
                .andMetaData(MetaData.with("division", division).and("username", "someone")));
    }

    private List<String> threeReceipts() {
        receive(10, "L-1");
        receive(20, "L-2");
        receive(30, "L-3");
        // a signed checkpoint seals the stream before anyone edits it
        given().post(AUDIT + "/checkpoints").then().statusCode(201);
        given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("eventsChecked", equalTo(3));
        return history().getList("items.eventId", String.class);
    }

    /** A DBA editing history: the append-only trigger is off for these statements only. The depot's history is kept
     * aside first and put back after the test, so that the other tests see an intact store. */
    private void tamper(String... statements) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS public.history_kept_aside AS SELECT * FROM"
                    + " eventstore.domain_event_entry WITH NO DATA");
            try (PreparedStatement keep = connection.prepareStatement("INSERT INTO public.history_kept_aside SELECT *"
                    + " FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? AND NOT EXISTS (SELECT 1"
                    + " FROM public.history_kept_aside WHERE aggregate_identifier = ?)")) {
                keep.setString(1, depot.toString());
                keep.setString(2, depot.toString());
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

    /** Both the endpoint and the offline verifier of an export name exactly these events (sequence → event id). */
    private void assertBroken(Map<Long, String> expected, String reason) throws Exception {
        JsonPath verdict = given().queryParam("aggregate", depot.toString()).get(AUDIT + "/verify").then()
                .statusCode(200).body("intact", equalTo(false)).extract().jsonPath();
        List<Map<String, Object>> broken = verdict.getList("broken");
        assertThat(broken).hasSize(expected.size());
        for (Map<String, Object> event : broken) {
            long sequence = ((Number) event.get("sequence")).longValue();
            assertThat(event.get("eventId")).isEqualTo(expected.get(sequence));
            assertThat(event.get("aggregateId")).isEqualTo(depot.toString());
            assertThat((String) event.get("reason")).contains(reason);
        }
        given().get(AUDIT + "/verify").then().statusCode(200).body("intact", equalTo(false));

        String export = given().get(AUDIT + "/export").then().statusCode(200).extract().asString();
        OfflineVerification verifier = new OfflineVerification();
        List<ChainCheck.Broken> offline = brokenOf(verifier.verify(new BufferedReader(new StringReader(export)),
                true));
        assertThat(offline).hasSize(expected.size());
        for (ChainCheck.Broken event : offline) {
            assertThat(event.eventId()).isEqualTo(expected.get(event.sequence()));
            assertThat(event.reason()).contains(reason);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = verifier.verifyAndReport(new BufferedReader(new StringReader(export)), true,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("aggregate=" + depot)
                .contains("eventId=" + expected.values().iterator().next());
    }

    private PublicKey publishedKey() {
        JsonPath key = given().get(AUDIT + "/checkpoints/public-key").then().statusCode(200).extract().jsonPath();
        assertThat(key.getString("algorithm")).isEqualTo("Ed25519");
        return CryptoSuite.INTERNATIONAL.publicKey(key.getString("publicKey"));
    }

    /** Online and offline, a signed checkpoint over {@code globalIndex} no longer matches the stored events. */
    private void assertCheckpointBrokenOver(long globalIndex) throws Exception {
        JsonPath verdict = given().get(AUDIT + "/verify").then().statusCode(200).body("intact", equalTo(false))
                .extract().jsonPath();
        List<Map<String, Object>> online = verdict.getList("brokenCheckpoints");
        assertThat(online).anySatisfy(c -> {
            assertThat(((Number) c.get("afterIndex")).longValue()).isLessThan(globalIndex);
            assertThat(((Number) c.get("globalIndex")).longValue()).isGreaterThanOrEqualTo(globalIndex);
            assertThat((String) c.get("reason")).contains("do not match the signed running hash");
        });
        String export = given().get(AUDIT + "/export").then().statusCode(200).extract().asString();
        OfflineVerification.Result offline = new OfflineVerification(publishedKey())
                .verify(new BufferedReader(new StringReader(export)), true);
        assertThat(offline.brokenCheckpoints()).anySatisfy(c -> {
            assertThat(c.afterIndex()).isLessThan(globalIndex);
            assertThat(c.globalIndex()).isGreaterThanOrEqualTo(globalIndex);
        });
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(new OfflineVerification(publishedKey()).verifyAndReport(new BufferedReader(new StringReader(
                export)), true, new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BROKEN checkpoint");
    }

    /**
     * A DBA who knows the hashing: the second receipt's quantity becomes 500 and the depot's chain is recomputed from
     * there on, so that every link of the aggregate matches again.
     */
    private void rewriteChain() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        CanonicalJson canonical = new CanonicalJson(mapper);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement read = connection.prepareStatement(
                "SELECT sequence_number, type, event_identifier, time_stamp, payload_type, payload_revision,"
                        + " payload, meta_data FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number")) {
            read.setString(1, depot.toString());
            try (ResultSet found = read.executeQuery()) {
                while (found.next()) {
                    rows.add(Map.of("sequence", found.getLong(1), "type", found.getString(2), "id", found.getString(3),
                            "at", found.getString(4), "payloadType", found.getString(5),
                            "revision", found.getString(6), "payload", found.getBytes(7), "meta", found.getBytes(8)));
                }
            }
        }
        String previous = null;
        List<String> edits = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            long sequence = (Long) row.get("sequence");
            ObjectNode payload = (ObjectNode) mapper.readTree((byte[]) row.get("payload"));
            ObjectNode meta = (ObjectNode) mapper.readTree((byte[]) row.get("meta"));
            if (sequence == 0) {
                previous = meta.get("hash").asText();
                continue;
            }
            if (sequence == 1) {
                payload.put("quantity", 500);
            }
            meta.put("prevHash", previous);
            meta.remove("hash");
            String hash = EventHash.digest(new EventHash.Material(previous, (String) row.get("type"),
                    depot.toString(), sequence, (String) row.get("id"), (String) row.get("at"),
                    (String) row.get("payloadType"), (String) row.get("revision"),
                    canonical.ofJson(mapper.writeValueAsBytes(payload)),
                    canonical.ofJson(mapper.writeValueAsBytes(meta))));
            meta.put("hash", hash);
            previous = hash;
            edits.add("UPDATE eventstore.domain_event_entry SET payload = convert_to('"
                    + mapper.writeValueAsString(payload).replace("'", "''") + "', 'UTF8'), meta_data = convert_to('"
                    + mapper.writeValueAsString(meta).replace("'", "''") + "', 'UTF8') WHERE aggregate_identifier = ?"
                    + " AND sequence_number = " + sequence);
        }
        tamper(edits.toArray(String[]::new));
    }

    private List<ChainCheck.Broken> brokenOf(OfflineVerification.Result result) {
        return result.broken().stream().filter(b -> b.aggregateId().equals(depot.toString())).toList();
    }

    private long count(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM supplies.known_depot WHERE depot_id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
