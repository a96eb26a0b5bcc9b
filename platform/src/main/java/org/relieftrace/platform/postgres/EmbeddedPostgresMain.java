package org.relieftrace.platform.postgres;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL server for {@code ./relief up} until it is told to stop (SIGTERM):
 * {@code EmbeddedPostgresMain --data-dir DIR --port N}. Prints {@code READY <jdbc-url>} once it accepts connections.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(".relief/data/postgres");
        int port = 5438;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(dataDir.toAbsolutePath(), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "postgres-stop"));
        System.out.println("READY " + server.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}
