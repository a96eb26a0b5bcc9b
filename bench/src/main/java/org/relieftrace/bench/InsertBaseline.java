package org.relieftrace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceiling to compare against: the same PostgreSQL, the same number of clients, each on its own connection with
 * autocommit, inserting one ~300-byte JSONB row per transaction into {@code bench.baseline} in a closed loop — what a
 * command would cost if it were nothing but one durable write.
 */
public final class InsertBaseline {

    /**
     * What the baseline measured.
     *
     * @param ok              committed inserts in the measured window
     * @param errors          failed inserts, by SQLState
     * @param latency         latency of the inserts, in nanoseconds
     * @param durationSeconds from the start of the measured window to the last measured commit
     * @param perSecond       inserts per second over that duration
     * @param payloadBytes    size of one row's JSON, in UTF-8 bytes
     */
    public record Result(long ok, Tally errors, Percentiles.Summary latency, double durationSeconds,
                         double perSecond, int payloadBytes) {
    }

    /**
     * The server the baseline wrote to.
     *
     * @param version           {@code server_version}
     * @param fsync             {@code fsync}
     * @param synchronousCommit {@code synchronous_commit}
     * @param maxConnections    {@code max_connections}
     */
    public record Server(String version, String fsync, String synchronousCommit, String maxConnections) {
    }

    private final Config config;

    /** A baseline against the configured database. */
    public InsertBaseline(Config config) {
        this.config = config;
    }

    /** Connects once and reads the server's version and durability settings; fails early if unreachable. */
    public Server server() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return new Server(show(statement, "server_version"), show(statement, "fsync"),
                    show(statement, "synchronous_commit"), show(statement, "max_connections"));
        }
    }

    /** Prepares {@code bench.baseline}, runs the clients through the window, and empties the table again. */
    public Result run(Window window) throws SQLException, InterruptedException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
            statement.execute("CREATE TABLE IF NOT EXISTS bench.baseline (id bigserial PRIMARY KEY,"
                    + " payload jsonb NOT NULL)");
            statement.execute("TRUNCATE bench.baseline");
        }
        List<Client> clients = new ArrayList<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int i = 0; i < config.clients(); i++) {
            clients.add(new Client(i, window, firstError, connect()));
        }
        List<Thread> threads = new ArrayList<>();
        for (Client client : clients) {
            threads.add(Thread.ofPlatform().name("baseline-" + client.index).start(client));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE bench.baseline");
        }
        Tally errors = new Tally(firstError);
        List<Samples> samples = new ArrayList<>();
        long ok = 0;
        long lastDone = window.measureStart();
        for (Client client : clients) {
            errors.addAll(client.errors);
            samples.add(client.latencies);
            ok += client.ok;
            lastDone = Math.max(lastDone, client.lastDone);
        }
        double duration = Math.max(1e-9, (lastDone - window.measureStart()) / 1e9);
        return new Result(ok, errors, Percentiles.summarize(Samples.mergeSorted(samples)), duration, ok / duration,
                payload(0, 0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    /** A row shaped like a stock-received event, about 300 bytes. */
    static String payload(int client, long n) {
        return "{\"type\":\"StockReceived\",\"depotId\":\"" + new UUID(client, 7) + "\",\"receiptId\":\""
                + new UUID(client, n) + "\",\"source\":\"PROCUREMENT\",\"reference\":\"BENCH\",\"supplier\":"
                + "\"bench\",\"lines\":[{\"itemCode\":\"BENCH-KIT\",\"lotNumber\":\"B-" + client + "-"
                + String.format("%08d", n) + "\",\"quantity\":1,\"unit\":\"set\",\"producedOn\":\"2026-01-01\"}]}";
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", config.jdbcUser());
        properties.setProperty("password", config.jdbcPassword());
        properties.setProperty("ApplicationName", "relieftrace-bench");
        try {
            return DriverManager.getConnection(config.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + config.jdbcUrl() + " as " + config.jdbcUser()
                    + " (set RELIEF_BENCH_JDBC_URL): " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            return rows.next() ? rows.getString(1) : "?";
        }
    }

    /** One client: a thread with its own connection. */
    private static final class Client implements Runnable {

        private final int index;
        private final Window window;
        private final Connection connection;
        private final Tally errors;
        private final Samples latencies;
        private long ok;
        private long lastDone;

        Client(int index, Window window, AtomicReference<String> firstError, Connection connection) {
            this.index = index;
            this.window = window;
            this.connection = connection;
            this.errors = new Tally(firstError);
            this.latencies = new Samples(1 << 16);
        }

        @Override
        public void run() {
            try (connection; PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench.baseline (payload) VALUES (?::jsonb)")) {
                connection.setAutoCommit(true);
                long n = 0;
                while (true) {
                    long started = System.nanoTime();
                    if (!window.open(started)) {
                        return;
                    }
                    String failure = null;
                    try {
                        insert.setString(1, payload(index, n++));
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        failure = "SQLState " + e.getSQLState() + ": " + e.getMessage();
                        errors.remember("SQLState " + e.getSQLState(), e.getMessage());
                    }
                    long done = System.nanoTime();
                    if (window.measured(started)) {
                        lastDone = done;
                        if (failure == null) {
                            ok++;
                            latencies.add(done - started);
                        } else {
                            errors.count(failure.substring(0, failure.indexOf(':')), failure);
                        }
                    }
                }
            } catch (SQLException e) {
                errors.count("SQLState " + e.getSQLState(), e.getMessage());
            }
        }
    }
}
