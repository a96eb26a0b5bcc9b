package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The audit benchmark's own depot (仓库, {@link AuditBench}): registered fresh in the registry until the
 * supplies-service knows it, and the wait for the first snapshot of its stock book in the event store.
 */
final class AuditDepot {

    private final Config config;
    private final HttpClient http;
    private final Keycloak.Token admin;
    private final Keycloak.Token officer;

    AuditDepot(Config config, HttpClient http, Keycloak.Token admin, Keycloak.Token officer) {
        this.config = config;
        this.http = http;
        this.admin = admin;
        this.officer = officer;
    }

    /** A fresh depot, registered in the registry, known to the supplies-service. */
    UUID register() throws IOException, InterruptedException {
        new ReferenceData(config).register(admin);
        String code = "BA-" + DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC)
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

    /** Waits (up to five minutes) until the event store holds a snapshot of {@code depot}. */
    void awaitSnapshot(UUID depot) throws SQLException, InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(),
                config.jdbcPassword());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM eventstore.snapshot_event_entry WHERE aggregate_identifier = ?")) {
            query.setString(1, depot.toString());
            while (true) {
                try (ResultSet rows = query.executeQuery()) {
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
}
