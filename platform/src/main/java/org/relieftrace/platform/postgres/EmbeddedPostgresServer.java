package org.relieftrace.platform.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries shipped in a Maven artifact, for the launcher's default run and
 * for tests, on a machine that has no PostgreSQL installed. As root, the server runs inside a user namespace (PostgreSQL
 * refuses to run as root otherwise).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The database the services share (each in its own schema, the event store in {@code eventstore}). */
    public static final String DATABASE = "relieftrace";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server whose data stays in {@code dataDirectory} across restarts.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        // durable: a commit is on disk before it is acknowledged (the embedded defaults are tuned for tests)
        return start(dataDirectory, port, false, Map.of("fsync", "on", "synchronous_commit", "on",
                "full_page_writes", "on"));
    }

    /** Starts a throwaway server on a free port, tuned for tests (no fsync: a crash loses nothing worth keeping). */
    public static EmbeddedPostgresServer throwaway() throws IOException {
        Path directory = Files.createTempDirectory("relieftrace-pg-");
        return start(directory, 0, true, Map.of("fsync", "off", "synchronous_commit", "off",
                "full_page_writes", "off"));
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean clean,
                                                Map<String, String> tuning) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        tuning.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
        server.createDatabase();
        return server;
    }

    private void createDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the shared database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The superuser name (no password: local trust authentication). */
    public String username() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
