package org.relieftrace.platform.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries shipped in a Maven artifact, for the launcher's default run and
 * for tests, on a machine that has no PostgreSQL installed. PostgreSQL refuses to run as root: as root the server
 * runs inside a user namespace, or, where user namespaces are blocked, as the user {@code nobody}
 * ({@link UnprivilegedPostgres}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The database the services share (each in its own schema, the event store in {@code eventstore}). */
    public static final String DATABASE = "relieftrace";

    private final int port;
    private final AutoCloseable server;

    private EmbeddedPostgresServer(int port, AutoCloseable server) {
        this.port = port;
        this.server = server;
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
        Map<String, String> settings = new java.util.LinkedHashMap<>(Map.of("max_connections", "300",
                "shared_buffers", "256MB"));
        settings.putAll(tuning);
        EmbeddedPostgresServer server;
        if (UnprivilegedPostgres.needed()) {
            UnprivilegedPostgres postgres = UnprivilegedPostgres.start(dataDirectory, port, settings);
            server = new EmbeddedPostgresServer(postgres.port(), postgres);
        } else {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            server = new EmbeddedPostgresServer(postgres.getPort(), postgres);
        }
        server.createDatabase();
        return server;
    }

    private void createDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
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
        return port;
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
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("PostgreSQL did not stop", e);
        }
    }
}
