package org.relieftrace.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit benchmark ({@code ./relief bench --audit}): appends a million hashed stock receipts to the event store
 * ({@link AuditLoader}; 100,000 of them to one depot, a
 * history of a few hundred lots received and then handed out, transferred out and in), waits until the live stock projection has handled them, then
 * measures through the supplies-service's audit API, as the admin: the replay of the {@code stock} projection into
 * its shadow tables with the comparison (goal ≥ 10,000 events/s), the verification of every hash chain and signed
 * checkpoint (goal ≥ 20,000 events/s), and the state of the 100,000-event depot at a past moment (goal ≤ 1 s, from
 * a snapshot).
 */
final class AuditBench {

    static final int BIG = 100_000;
    static final int OTHERS = 900_000;
    static final int OTHER_DEPOTS = 900;
    private static final String AUDIT = "/api/supplies/audit";

    private final Config config;
    private final HttpClient http = Http.newClient();
    private final Keycloak.Token admin;
    private final Keycloak.Token officer;

    AuditBench(Config config) {
        this.config = config;
        Keycloak keycloak = new Keycloak(config.keycloakUrl());
        this.admin = keycloak.password("relief-test", "admin", "demo");
        this.officer = keycloak.password("relief-test", "county-officer", "demo");
    }

    /** What was measured. */
    record Result(long loaded, double loadSeconds, double catchUpSeconds, JsonNode replay, double replaySeconds,
                  JsonNode verify, double verifySeconds, double stateRecentSeconds, JsonNode stateRecent,
                  double stateMiddleSeconds, JsonNode stateMiddle, double stateMiddleAgainSeconds,
                  double stateRecentAgainSeconds, long onHandRecent, long expectedRecent, long onHandMiddle,
                  long expectedMiddle, int lots, JsonNode archived, double archiveSeconds) {
    }

    Result run() throws IOException, InterruptedException, SQLException {
        UUID depot = registerDepot();
        say("depot %s registered and known to the supplies-service", depot);

        long start = System.nanoTime();
        Instant now = Instant.now();
        AuditLoader.Expected expected = new AuditLoader(config).load(depot, BIG, OTHER_DEPOTS, OTHERS,
                now.minus(Duration.ofHours(6)), now.minus(Duration.ofMinutes(2)));
        Instant middle = expected.middle();
        double loadSeconds = seconds(start);
        say("loaded %,d events in %.1f s", BIG + OTHERS, loadSeconds);

        start = System.nanoTime();
        awaitStockCaughtUp();
        double catchUp = seconds(start);
        say("the live stock projection caught up in %.1f s", catchUp);

        // one receipt through the command path: the depot's stock book is loaded and snapshotted (every 1000 events)
        post(officer, "/api/supplies/depots/" + depot + "/receipts", ReferenceData.receipt("A-snapshot"), 201);
        awaitSnapshot(depot);
        say("a snapshot of the depot's stock book was taken");

        // the loaded events bypassed the command path, which snapshots every 1000 events into the archive: fill it
        start = System.nanoTime();
        JsonNode archived = Http.parse(post(admin, AUDIT + "/aggregates/DepotStock/" + depot + "/snapshots", null,
                200));
        double archiveSeconds = seconds(start);
        say("archived %s snapshots of the depot (every %s events) in %.1f s", archived.path("added"),
                archived.path("every"), archiveSeconds);

        start = System.nanoTime();
        JsonNode started = Http.parse(post(admin, AUDIT + "/projections/stock/replay", null, 202));
        JsonNode replay = awaitReplay(started.path("id").asText());
        double replaySeconds = seconds(start);
        say("replay: %s in %.1f s, %s events/s, outcome %s, %s differences", replay.path("eventsTotal"),
                replaySeconds, replay.path("eventsPerSecond"), replay.path("outcome"), replay.path("differences"));

        start = System.nanoTime();
        JsonNode verify = Http.parse(get(AUDIT + "/verify", Duration.ofMinutes(30)));
        double verifySeconds = seconds(start);
        say("verify: %s events in %.1f s, intact %s", verify.path("eventsChecked"), verifySeconds,
                verify.path("intact"));

        String state = AUDIT + "/aggregates/DepotStock/" + depot + "/state?at=";
        start = System.nanoTime();
        JsonNode recent = Http.parse(get(state + enc(Instant.now().toString()), Duration.ofMinutes(5)));
        double recentSeconds = seconds(start);
        start = System.nanoTime();
        get(state + enc(Instant.now().toString()), Duration.ofMinutes(5));
        double recentAgain = seconds(start);
        start = System.nanoTime();
        JsonNode mid = Http.parse(get(state + enc(middle.toString()), Duration.ofMinutes(5)));
        double middleSeconds = seconds(start);
        start = System.nanoTime();
        get(state + enc(middle.toString()), Duration.ofMinutes(5));
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

    /** A fresh depot, registered in the registry, known to the supplies-service. */
    private UUID registerDepot() throws IOException, InterruptedException {
        new ReferenceData(config).register(admin);
        String code = "BA-" + DateTimeFormatter.ofPattern("MMddHHmmss").withZone(java.time.ZoneOffset.UTC)
                .format(Instant.now());
        UUID depot = ReferenceData.depotId(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("depotId", depot);
        body.put("code", code);
        body.put("name", "审计基准库 " + code);
        body.put("divisionCode", ReferenceData.DIVISION);
        body.put("kind", "GOVERNMENT");
        body.put("latitude", 29.35);
        body.put("longitude", 105.93);
        body.put("address", "bench");
        body.put("capacity", 100000);
        HttpResponse<String> created = Http.send(http, Http.request(config.registryUrl(), "/api/registry/depots",
                admin.bearer()).header("Content-Type", "application/json").POST(Http.json(body)).build());
        if (created.statusCode() != 201) {
            throw new IOException("depot " + code + ": HTTP " + created.statusCode() + " " + created.body());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Http.send(http, Http.request(config.suppliesUrl(), "/api/supplies/depots/" + depot + "/stock?size=1",
                officer.bearer()).GET().build()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the supplies-service does not know depot " + code);
            }
            Thread.sleep(250);
        }
        return depot;
    }

    private void awaitStockCaughtUp() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            JsonNode projections = Http.parse(get(AUDIT + "/projections?size=500", Http.REQUEST_TIMEOUT))
                    .path("items");
            for (JsonNode projection : projections) {
                if (projection.path("name").asText().equals("stock") && projection.path("lag").asLong(-1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the stock projection did not catch up within an hour");
            }
            Thread.sleep(1000);
        }
    }

    private void awaitSnapshot(UUID depot) throws SQLException, InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (var connection = java.sql.DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(),
                config.jdbcPassword());
             var query = connection.prepareStatement("SELECT count(*) FROM eventstore.snapshot_event_entry"
                     + " WHERE aggregate_identifier = ?")) {
            query.setString(1, depot.toString());
            while (true) {
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("no snapshot of depot " + depot + " was taken");
                }
                Thread.sleep(500);
            }
        }
    }

    private JsonNode awaitReplay(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            JsonNode status = Http.parse(get(AUDIT + "/projections/stock/replays/" + id, Http.REQUEST_TIMEOUT));
            String phase = status.path("phase").asText();
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                return status;
            }
            say("replay %s: %s of %s events, %s/s, ETA %s s", phase, status.path("eventsDone"),
                    status.path("eventsTotal"), status.path("eventsPerSecond"), status.path("etaSeconds"));
            if (System.nanoTime() > deadline) {
                throw new IOException("the replay did not finish within an hour");
            }
            Thread.sleep(5000);
        }
    }

    private String get(String path, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.send(http, Http.request(config.suppliesUrl(), path, admin.bearer())
                .timeout(timeout).GET().build());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " "
                    + Http.abbreviate(response.body(), 500));
        }
        return response.body();
    }

    private String post(Keycloak.Token who, String path, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = Http.send(http, Http.request(config.suppliesUrl(), path, who.bearer())
                .header("Content-Type", "application/json")
                .POST(body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : Http.json(body)).build());
        if (response.statusCode() != expected) {
            throw new IOException("POST " + path + ": HTTP " + response.statusCode() + " "
                    + Http.abbreviate(response.body(), 500));
        }
        return response.body();
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
        return ((com.fasterxml.jackson.databind.node.ObjectNode) state.deepCopy()).without("state");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The Markdown report. */
    static String markdown(ZonedDateTime startedAt, Machine machine, String command, Result r) {
        double replayRate = r.replay().path("eventsTotal").asDouble() / r.replaySeconds();
        double verifyRate = r.verify().path("eventsChecked").asDouble() / r.verifySeconds();
        StringBuilder md = new StringBuilder();
        md.append("# Audit benchmark, ").append(startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" UTC\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d processors, %s, %s.%n%n", machine.processors(),
                machine.memory(), machine.cpuModel()));
        md.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Loaded %,d hashed stock events straight into the event store in %.1f s:"
                        + " %,d `StockReceived` over %d depots, and %,d to one depot — %d lots received, then"
                        + " distributions to households, transfers out (`StockReserved` + `ReservationIssued`) and"
                        + " transfers in (`TransferredStockReceived`); the live stock projection handled them in"
                        + " %.1f s. The depot's state holds %d lots; its quantity on hand read back: now %,d"
                        + " (expected %,d), in the middle %,d (expected %,d).%n%n", r.loaded(), r.loadSeconds(),
                OTHERS, OTHER_DEPOTS, BIG, AuditLoader.BIG_LOTS, r.catchUpSeconds(), r.lots(), r.onHandRecent(),
                r.expectedRecent(), r.onHandMiddle(), r.expectedMiddle()));
        md.append("| measure | goal | measured | met |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| replay of `stock` into shadow tables + comparison (%s events, %s"
                        + " differences) | ≥ 10,000 events/s | %,.0f events/s (%.1f s; the replay's own rate %s/s)"
                        + " | %s |%n", r.replay().path("eventsTotal"), r.replay().path("differences"), replayRate,
                r.replaySeconds(), r.replay().path("eventsPerSecond"), replayRate >= 10_000 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| `/audit/verify` of every chain and checkpoint (%s events, intact %s)"
                        + " | ≥ 20,000 events/s | %,.0f events/s (%.1f s) | %s |%n", r.verify().path("eventsChecked"),
                r.verify().path("intact"), verifyRate, r.verifySeconds(), verifyRate >= 20_000 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| state of the 100,000-event depot now, from the snapshot at %s | ≤ 1 s"
                        + " | %.3f s, again %.3f s (%s events) | %s |%n", r.stateRecent().path("fromSnapshot"),
                r.stateRecentSeconds(), r.stateRecentAgainSeconds(), r.stateRecent().path("eventsApplied"),
                r.stateRecentSeconds() <= 1 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| state of that depot in the middle of its history, from the archived"
                        + " snapshot at %s | ≤ 1 s | %.3f s, again %.3f s (%s events, %d replayed after the snapshot)"
                        + " | %s |%n", r.stateMiddle().path("fromSnapshot"), r.stateMiddleSeconds(),
                r.stateMiddleAgainSeconds(), r.stateMiddle().path("eventsApplied"),
                r.stateMiddle().path("lastSequence").asLong() - r.stateMiddle().path("fromSnapshot").asLong(-1),
                r.stateMiddleSeconds() <= 1 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "%nThe loaded events bypassed the command path (which snapshots the"
                        + " depot every 1,000 events, each kept in the snapshot archive): `POST …/aggregates/DepotStock"
                        + "/{id}/snapshots` archived %s snapshots (every %s events, %s events read) in %.1f s before"
                        + " the measures.%n", r.archived().path("added"), r.archived().path("every"),
                r.archived().path("events"), r.archiveSeconds()));
        md.append("\nReplay status as reported:\n\n```json\n").append(r.replay().toPrettyString())
                .append("\n```\n");
        return md.toString();
    }

    static Path write(Path dir, ZonedDateTime startedAt, String markdown) throws IOException {
        return Report.publish(dir, "audit-" + startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md",
                "AUDIT-LATEST.md", markdown);
    }

    private static void say(String format, Object... values) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, values));
    }
}
