package org.relieftrace.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.relieftrace.platform.postgres.EmbeddedPostgresServer;
import org.relieftrace.platform.postgres.ReactiveUrl;

/**
 * A throwaway real PostgreSQL for {@code @QuarkusTest}s, started once per test JVM (unless an external database is
 * configured with {@code QUARKUS_DATASOURCE_JDBC_URL}) and stopped when the JVM exits. It is given to the service
 * by its JDBC URL for the projections and its reactive URL for the read models' queries.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresServer server;

    /** The shared server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                server = EmbeddedPostgresServer.throwaway();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary directory goes with it
                }
            }));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        EmbeddedPostgresServer pg = server();
        return Map.of("quarkus.datasource.jdbc.url", pg.jdbcUrl(),
                "quarkus.datasource.reactive.url", ReactiveUrl.fromJdbc(pg.jdbcUrl()).orElseThrow(),
                "quarkus.datasource.username", pg.username(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // kept for the other test classes of this JVM; stopped at exit
    }
}
