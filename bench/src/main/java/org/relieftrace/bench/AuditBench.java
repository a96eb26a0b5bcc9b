package org.relieftrace.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The audit benchmark ({@code ./relief bench --audit}): appends a million hashed stock receipts to the event store
 * ({@link AuditLoader}; 100,000 of them to one depot, a history of a few hundred lots received and then handed out,
 * transferred out and in), waits until the live stock projection has handled them, then measures through the
 * supplies-service's audit API, as the admin: the replay of the {@code stock} projection into its shadow tables with
 * the comparison (goal ≥ 10,000 events/s), the verification of every hash chain and signed checkpoint (goal ≥ 20,000
 * events/s), and the state of the 100,000-event depot at a past moment (goal ≤ 1 s, from a snapshot).
 *
 * <p>The depot is {@link AuditDepot}'s; the calls go through {@link AuditClient}; {@link AuditReport} writes the
 * report.
 */
final class AuditBench {

    static final int BIG = 100_000;
    static final int OTHERS = 900_000;
    static final int OTHER_DEPOTS = 900;
    private static final String AUDIT = AuditClient.AUDIT;

    private final Config config;
    private final Keycloak.Token admin;
    private final Keycloak.Token officer;
    private final AuditClient supplies;
    private final AuditDepot depots;

    AuditBench(Config config) {
        this.config = config;
        HttpClient http = Http.newClient();
        Keycloak keycloak = new Keycloak(config.keycloakUrl());
        this.admin = keycloak.password("relief-test", "admin", "demo");
        this.officer = keycloak.password("relief-test", "county-officer", "demo");
        this.supplies = new AuditClient(config, http, admin);
        this.depots = new AuditDepot(config, http, admin, officer);
    }

    /** What was measured. */
    record Result(long loaded, double loadSeconds, double catchUpSeconds, JsonNode replay, double replaySeconds,
                  JsonNode verify, double verifySeconds, double stateRecentSeconds, JsonNode stateRecent,
                  double stateMiddleSeconds, JsonNode stateMiddle, double stateMiddleAgainSeconds,
                  double stateRecentAgainSeconds, long onHandRecent, long expectedRecent, long onHandMiddle,
                  long expectedMiddle, int lots, JsonNode archived, double archiveSeconds) {
    }

    /** Sets up the depot and the million events, then measures the replay, the verification and the states. */
    Result run() throws IOException, InterruptedException, SQLException {
        UUID depot = depots.register();
        say("depot %s registered and known to the supplies-service", depot);

        long start = System.nanoTime();
        Instant now = Instant.now();
        AuditLoader.Expected expected = new AuditLoader(config).load(depot, BIG, OTHER_DEPOTS, OTHERS,
                now.minus(Duration.ofHours(6)), now.minus(Duration.ofMinutes(2)));
        Instant middle = expected.middle();
        double loadSeconds = seconds(start);
        say("loaded %,d events in %.1f s", BIG + OTHERS, loadSeconds);

        start = System.nanoTime();
        supplies.awaitStockCaughtUp();
        double catchUp = seconds(start);
        say("the live stock projection caught up in %.1f s", catchUp);

        // one receipt through the command path: the depot's stock book is loaded and snapshotted (every 1000 events)
        supplies.post(officer, "/api/supplies/depots/" + depot + "/receipts", ReferenceData.receipt("A-snapshot"),
                201);
        depots.awaitSnapshot(depot);
        say("a snapshot of the depot's stock book was taken");

        // the loaded events bypassed the command path, which snapshots every 1000 events into the archive: fill it
        start = System.nanoTime();
        JsonNode archived = Http.parse(supplies.post(admin, AUDIT + "/aggregates/DepotStock/" + depot + "/snapshots",
                null, 200));
        double archiveSeconds = seconds(start);
        say("archived %s snapshots of the depot (every %s events) in %.1f s", archived.path("added"),
                archived.path("every"), archiveSeconds);

        start = System.nanoTime();
        JsonNode started = Http.parse(supplies.post(admin, AUDIT + "/projections/stock/replay", null, 202));
        JsonNode replay = supplies.awaitReplay(started.path("id").asText());
        double replaySeconds = seconds(start);
        say("replay: %s in %.1f s, %s events/s, outcome %s, %s differences", replay.path("eventsTotal"),
                replaySeconds, replay.path("eventsPerSecond"), replay.path("outcome"), replay.path("differences"));

        start = System.nanoTime();
        JsonNode verify = Http.parse(supplies.get(AUDIT + "/verify", Duration.ofMinutes(30)));
        double verifySeconds = seconds(start);
        say("verify: %s events in %.1f s, intact %s", verify.path("eventsChecked"), verifySeconds,
                verify.path("intact"));

        String state = AUDIT + "/aggregates/DepotStock/" + depot + "/state?at=";
        start = System.nanoTime();
        JsonNode recent = Http.parse(supplies.get(state + enc(Instant.now().toString()), Duration.ofMinutes(5)));
        double recentSeconds = seconds(start);
        start = System.nanoTime();
        supplies.get(state + enc(Instant.now().toString()), Duration.ofMinutes(5));
        double recentAgain = seconds(start);
        start = System.nanoTime();
        JsonNode mid = Http.parse(supplies.get(state + enc(middle.toString()), Duration.ofMinutes(5)));
        double middleSeconds = seconds(start);
        start = System.nanoTime();
        supplies.get(state + enc(middle.toString()), Duration.ofMinutes(5));
        double middleAgain = seconds(start);
        say("state: now %.3f s (%s events, snapshot %s); middle %.3f s then %.3f s (%s events, snapshot %s)",
                recentSeconds, recent.path("eventsApplied"), recent.path("fromSnapshot"), middleSeconds, middleAgain,
                mid.path("eventsApplied"), mid.path("fromSnapshot"));
        long onHandRecent = onHand(recent);
        long onHandMiddle = onHand(mid);
        // the receipt posted above added one unit
        say("on hand: now %d (expected %d), middle %d (expected %d)", onHandRecent, expected.onHandEnd() + 1,
                onHandMiddle, expected.onHandMiddle());
        return new Result(BIG + OTHERS, loadSeconds, catchUp, replay, replaySeconds, verify, verifySeconds,
                recentSeconds, strip(recent), middleSeconds, strip(mid), middleAgain, recentAgain, onHandRecent,
                expected.onHandEnd() + 1, onHandMiddle, expected.onHandMiddle(), expected.lotsEnd() + 1, archived,
                archiveSeconds);
    }

    /** The quantity on hand over every lot of a depot's state. */
    private static long onHand(JsonNode state) {
        long total = 0;
        for (JsonNode value : state.path("state").findValues("onHand")) {
            total += value.asLong();
        }
        return total;
    }

    /** The state without the aggregate's fields (100,000 lots), for the report. */
    private static JsonNode strip(JsonNode state) {
        return ((ObjectNode) state.deepCopy()).without("state");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A progress line on standard error. */
    static void say(String format, Object... values) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, values));
    }
}
