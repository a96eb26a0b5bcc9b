package org.relieftrace.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole ReliefTrace system started the way a user starts it — {@code ./relief up} — with its own state
 * directory and ports so that it never meets a system a developer is running. Started once for all end-to-end test
 * classes and stopped with {@code ./relief down} when they are done.
 */
public final class RunningSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /**
     * Shifts every port below, so that two checkouts can run their end-to-end tests side by side; two offsets about
     * 100 apart put one system's gateway on the other's Keycloak port, so use multiples of 1000.
     */
    static final int PORT_OFFSET = Integer.getInteger("relief.e2e.port-offset", 0);
    static final int PG_PORT = 15438 + PORT_OFFSET;
    static final int KEYCLOAK_PORT = 18180 + PORT_OFFSET;
    static final int GATEWAY_PORT = 18080 + PORT_OFFSET;
    static final int SUPPLIES_PORT = 18081 + PORT_OFFSET;
    static final int RELIEF_PORT = 18082 + PORT_OFFSET;
    static final int REGISTRY_PORT = 18083 + PORT_OFFSET;

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path STATE = ROOT.resolve("e2e/target/relief-state");

    private static boolean started;

    public static String gateway() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    public static String supplies() {
        return "http://localhost:" + SUPPLIES_PORT;
    }

    public static String relief() {
        return "http://localhost:" + RELIEF_PORT;
    }

    public static String registry() {
        return "http://localhost:" + REGISTRY_PORT;
    }

    public static String keycloak() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        freshData();
        up();
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSystem.class.getName(), this);
    }

    @Override
    public void close() throws Exception {
        relief("down");
    }

    /**
     * Starts what is not running, without the sample scenario: a test's counts are its own (a village's paper notice
     * takes every appraised case of the village, and the scenario leaves one appraised today).
     */
    static void up() throws IOException, InterruptedException {
        relief("up", "--no-build", "--no-scenario");
    }

    /** Runs a launcher command against this system's state and ports; fails with its output when it fails. */
    static void relief(String... arguments) throws IOException, InterruptedException {
        Path log = STATE.resolveSibling("relief-" + arguments[0] + ".log");
        Files.createDirectories(STATE);
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(ROOT.resolve("relief").toString()),
                Stream.of(arguments)).toList())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("RELIEF_STATE_DIR", STATE.toString());
        env.put("RELIEF_PG_PORT", Integer.toString(PG_PORT));
        env.put("RELIEF_KEYCLOAK_PORT", Integer.toString(KEYCLOAK_PORT));
        env.put("RELIEF_GATEWAY_PORT", Integer.toString(GATEWAY_PORT));
        env.put("RELIEF_SUPPLIES_PORT", Integer.toString(SUPPLIES_PORT));
        env.put("RELIEF_RELIEF_PORT", Integer.toString(RELIEF_PORT));
        env.put("RELIEF_REGISTRY_PORT", Integer.toString(REGISTRY_PORT));
        List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_OIDC_AUTH_SERVER_URL", "RELIEF_GATEWAY_URL",
                "RELIEF_SUPPLIES_URL", "RELIEF_RELIEF_URL", "RELIEF_REGISTRY_URL", "RELIEF_KEYCLOAK_URL")
                .forEach(env::remove);
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./relief " + String.join(" ", arguments) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("./relief " + String.join(" ", arguments) + " failed:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** The pid of a component the launcher started (its pid file). */
    static long pidOf(String component) throws IOException {
        return Long.parseLong(Files.readString(STATE.resolve("run/" + component + ".pid")).strip());
    }

    /** Each run starts from an empty database; the unpacked Keycloak is kept to save time. */
    private static void freshData() throws IOException, InterruptedException {
        if (Files.isDirectory(STATE.resolve("run"))) {
            relief("down");
        }
        for (Path stale : List.of(STATE.resolve("data"), STATE.resolve("seeded"))) {
            if (Files.exists(stale)) {
                try (Stream<Path> files = Files.walk(stale)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
