package org.relieftrace.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The receipt benchmark's entry point ({@code ./relief bench}, or {@code java -jar bench/target/bench.jar}): fetches
 * tokens, registers the bench's depots and item, runs the receipt load with the projection-lag prober, then the JDBC
 * baseline and the gateway comparison, and writes the report under {@code bench/results/} (also printed).
 *
 * <p>Exit status: 0 when measured, targets met or not; 1 when something prevented measuring; 2 for a wrong command
 * line.
 *
 * <p>With {@code --import} it runs the household import benchmark instead ({@link HouseholdImport}, reported by
 * {@link ImportReport}); with {@code --audit} the audit benchmark ({@link AuditBench}); with {@code --relief} the
 * payout benchmark ({@link ReliefPayout}, reported by {@link ReliefReport}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** Runs the benchmark with these options (see {@link Config#USAGE}). */
    public static void main(String[] argv) {
        List<String> args = List.of(argv);
        Config.Options options;
        try {
            options = Config.parse(args);
        } catch (Config.UsageException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Config.USAGE);
            return;
        }
        Config config = Config.of(options, System.getenv(), args);
        try {
            System.exit(options.importHouseholds() ? runImport(config, options.results())
                    : options.chain() ? runChain(config, options.results())
                    : options.audit() ? runAudit(config, options.results())
                    : options.relief() ? runRelief(config, options.results()) : run(config, options.results()));
        } catch (IOException | SQLException e) {
            System.err.println("bench: cannot measure: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("bench: interrupted");
            System.exit(1);
        }
    }

    private static int run(Config config, String resultsOption)
            throws IOException, SQLException, InterruptedException {
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Path results = resultsOption != null ? Path.of(resultsOption) : defaultResultsDir();
        Machine machine = Machine.current();
        say("machine: %d processors, %s, %s", machine.processors(), machine.memory(), machine.cpuModel());

        InsertBaseline baseline = new InsertBaseline(config);
        InsertBaseline.Server server = baseline.server();
        say("PostgreSQL %s at %s (fsync %s, synchronous_commit %s)", server.version(), config.jdbcUrl(),
                server.fsync(), server.synchronousCommit());

        Keycloak keycloak = new Keycloak(config.keycloakUrl());
        Keycloak.Token officer = keycloak.password("relief-test", "county-officer", "demo");
        Keycloak.Token admin = keycloak.clientCredentials("relief-service", "relief-service-secret");
        officer.bearer();
        admin.bearer();
        say("tokens: county-officer and relief-service from %s", config.keycloakUrl());

        ReferenceData reference = new ReferenceData(config);
        reference.register(admin);
        say("registered %s and %d depots (+ %s) at %s", ReferenceData.ITEM, config.depots(),
                ReferenceData.LAG_DEPOT, config.registryUrl());
        reference.awaitProjected(officer);
        say("the supplies-service knows them");

        Window load = Window.startingNow(config.warmup(), config.seconds());
        say("receipts: %d clients, %d s warm-up + %d s measured, lag prober on %s", config.clients(),
                config.warmup(), config.seconds(), ReferenceData.LAG_DEPOT);
        ProjectionLag prober = new ProjectionLag(config, officer, load);
        Thread probing = Thread.ofPlatform().name("lag-prober").start(prober);
        ReceiptLoad.Result receipts = new ReceiptLoad(config, officer, reference.loadDepots()).run(load);
        probing.join();
        ProjectionLag.Result lag = prober.result();
        say("receipts: %d in %.1f s = %.0f/s, p50 %s, p99 %s; %d other answers; lag p99 %s (%d probes, %d timeouts)",
                receipts.ok(), receipts.durationSeconds(), receipts.perSecond(), Report.ms(receipts.latency().p50()),
                Report.ms(receipts.latency().p99()), receipts.errors().total(), Report.ms(lag.lag().p99()),
                lag.lag().count(), lag.timeouts());
        if (receipts.errors().firstError() != null) {
            say("first failed receipt: %s", receipts.errors().firstError());
        }

        say("baseline: %d connections, %d s warm-up + %d s measured", config.clients(), config.baselineWarmup(),
                config.seconds());
        InsertBaseline.Result base = baseline.run(Window.startingNow(config.baselineWarmup(), config.seconds()));
        say("baseline: %d inserts = %.0f/s, p50 %s, p99 %s", base.ok(), base.perSecond(),
                Report.ms(base.latency().p50()), Report.ms(base.latency().p99()));

        GatewayOverhead gatewayOverhead = new GatewayOverhead(config, officer, reference.loadDepots().get(0));
        say("gateway: %d sequential GETs per path", config.gatewayRequests());
        GatewayOverhead.Result gateway = gatewayOverhead.run();
        if (gateway.skipped() != null) {
            say("gateway: not measured: %s", gateway.skipped());
        }

        Report.Run run = new Report.Run(startedAt, machine, command(config), config, server, receipts, lag, base,
                gateway, gatewayOverhead.path());
        String markdown = Report.markdown(run);
        Path file = Report.write(results, run, markdown);
        System.out.println(markdown);
        say("report: %s (and %s)", shown(file), shown(file.resolveSibling("LATEST.md")));
        if (receipts.ok() == 0) {
            System.err.println("bench: no receipt was recorded in the measured window; nothing was measured");
            return 1;
        }
        return 0;
    }

    /** The household import benchmark ({@code --import}): one 10,000-row XLSX, timed until the import is DONE. */
    private static int runImport(Config config, String resultsOption) throws IOException, InterruptedException {
        // Apache POI logs through the Log4j API, which has no provider here: its simple logger instead of a warning
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Path results = resultsOption != null ? Path.of(resultsOption) : defaultResultsDir();
        Machine machine = Machine.current();
        say("machine: %d processors, %s, %s", machine.processors(), machine.memory(), machine.cpuModel());

        Keycloak.Token civil = new Keycloak(config.keycloakUrl()).password("relief-test", HouseholdImport.USER, "demo");
        civil.bearer();
        say("token: %s from %s", HouseholdImport.USER, config.keycloakUrl());

        say("import: %,d rows in village %s, mode %s, to %s", HouseholdImport.ROWS, HouseholdImport.VILLAGE,
                HouseholdImport.MODE, config.registryUrl());
        HouseholdImport.Result result = new HouseholdImport(config.registryUrl(), civil).run(startedAt.toInstant());
        say("import: 202 after %.2f s, DONE after %.2f s = %.0f rows/s; %d imported, %d invalid",
                result.acceptedNanos() / 1e9, result.doneNanos() / 1e9, result.rowsPerSecond(), result.imported(),
                result.invalid());

        ImportReport.Run run = new ImportReport.Run(startedAt, machine, command(config), config, result);
        String markdown = ImportReport.markdown(run);
        Path file = ImportReport.write(results, run, markdown);
        System.out.println(markdown);
        say("report: %s (and %s)", shown(file), shown(file.resolveSibling(ImportReport.LATEST)));
        return 0;
    }

    private static int runChain(Config config, String resultsOption)
            throws IOException, SQLException, InterruptedException {
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Path results = resultsOption != null ? Path.of(resultsOption) : defaultResultsDir();
        Machine machine = Machine.current();
        say("machine: %d processors, %s, %s", machine.processors(), machine.memory(), machine.cpuModel());
        Keycloak keycloak = new Keycloak(config.keycloakUrl());
        Keycloak.Token officer = keycloak.password("relief-test", "county-officer", "demo");
        Keycloak.Token admin = keycloak.password("relief-test", "admin", "demo");
        Keycloak.Token service = keycloak.clientCredentials("relief-service", "relief-service-secret");
        ReferenceData reference = new ReferenceData(config);
        reference.register(service);
        reference.awaitProjected(officer);
        ChainLoad load = new ChainLoad(config, officer, admin);
        load.prepare();
        ChainReport.History history = config.events() > 0 ? history(config, load, admin) : null;
        say("chain: %d clients, %d s warm-up, %d s measured", config.clients(), config.warmup(), config.seconds());
        String loadBefore = Machine.loadAverage();
        ChainLoad.Result measured = load.run();
        ChainLoad.Result result = new ChainLoad.Result(measured.latencies(), measured.tally(), measured.seconds(),
                measured.readiness(), measured.traces(), eventsInStore(config));
        ChainReport.Run run = new ChainReport.Run(startedAt, machine, command(config), config, result, history,
                loadBefore, Machine.loadAverage());
        String markdown = ChainReport.markdown(run);
        Path file = ChainReport.write(results, run, markdown);
        System.out.println(markdown);
        say("report: %s (and %s)", shown(file), shown(file.resolveSibling(ChainReport.LATEST)));
        return 0;
    }

    /**
     * Fills the store up to {@code --events} with the sample county's history ({@link ChainHistory}), waits until
     * the supplies-service's projections have caught up, then times the county's readiness and lot traces on it.
     */
    private static ChainReport.History history(Config config, ChainLoad load, Keycloak.Token admin)
            throws IOException, SQLException, InterruptedException {
        long before = eventsInStore(config);
        long missing = Math.max(0, config.events() - before);
        say("history: %,d events in the store, appending %,d", before, missing);
        java.time.Instant now = java.time.Instant.now();
        ChainHistory.Result loaded = new ChainHistory(config).load(missing, load.households(), load.disaster(),
                now.minus(java.time.Duration.ofDays(365)), now.minusSeconds(60));
        say("history: %,d events in %.1f s (%,d lots, %,d transfers, %,d distributions)", loaded.events(),
                loaded.seconds(), loaded.lots(), loaded.transfers(), loaded.distributions());
        long t0 = System.nanoTime();
        new ProjectionsCaughtUp(config, admin).await();
        double catchUp = (System.nanoTime() - t0) / 1e9;
        say("history: the projections caught up %.1f s after the load", catchUp);
        List<String> countyLots = ChainHistory.tracedLots(config, true, 2000);
        List<String> lowerLots = ChainHistory.tracedLots(config, false, 2000);
        // the queries' code paths warm up first (unmeasured), as they would be in a service that has run a while
        load.readiness(ChainReport.WARMUP_REQUESTS);
        load.traces(countyLots, ChainReport.WARMUP_REQUESTS);
        load.traces(lowerLots, ChainReport.WARMUP_REQUESTS);
        String loadBefore = Machine.loadAverage();
        long[] readiness = load.readiness(ChainReport.REQUESTS);
        long[] county = load.traces(countyLots, ChainReport.REQUESTS);
        long[] lower = load.traces(lowerLots, ChainReport.REQUESTS);
        return new ChainReport.History(loaded, eventsInStore(config), catchUp, readiness, county, countyLots.size(),
                lower, lowerLots.size(), loadBefore, Machine.loadAverage());
    }

    private static long eventsInStore(Config config) throws SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(config.jdbcUrl(),
                config.jdbcUser(), config.jdbcPassword());
             java.sql.ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM eventstore.domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The audit benchmark ({@code --audit}): {@link AuditBench}. */
    private static int runAudit(Config config, String resultsOption)
            throws IOException, SQLException, InterruptedException {
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Path results = resultsOption != null ? Path.of(resultsOption) : defaultResultsDir();
        Machine machine = Machine.current();
        say("machine: %d processors, %s, %s", machine.processors(), machine.memory(), machine.cpuModel());
        AuditBench.Result result = new AuditBench(config).run();
        String markdown = AuditReport.markdown(startedAt, machine, command(config), result);
        Path file = AuditReport.write(results, startedAt, markdown);
        System.out.println(markdown);
        say("report: %s (and %s)", shown(file), shown(file.resolveSibling("AUDIT-LATEST.md")));
        return 0;
    }

    /** The payout benchmark ({@code --relief}): a batch of approved cases and its bank results, timed. */
    private static int runRelief(Config config, String resultsOption) throws IOException, InterruptedException {
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Path results = resultsOption != null ? Path.of(resultsOption) : defaultResultsDir();
        Machine machine = Machine.current();
        say("machine: %d processors, %s, %s", machine.processors(), machine.memory(), machine.cpuModel());
        ReliefPayout.Result result = new ReliefPayout(config, new Keycloak(config.keycloakUrl()))
                .run(startedAt.toInstant(), line -> say("%s", line));
        ReliefReport.Run run = new ReliefReport.Run(startedAt, machine, command(config), config, result);
        String markdown = ReliefReport.markdown(run);
        Path file = ReliefReport.write(results, run, markdown);
        System.out.println(markdown);
        say("report: %s (and %s)", shown(file), shown(file.resolveSibling(ReliefReport.LATEST)));
        return 0;
    }

    /** The command as typed: through the launcher when it started us, else the plain java command. */
    static String command(Config config) {
        StringBuilder args = new StringBuilder();
        for (String arg : config.args()) {
            args.append(' ').append(arg.matches("[A-Za-z0-9_./=:,+-]+") ? arg : "'" + arg.replace("'", "'\\''")
                    + "'");
        }
        String plain = "java -jar bench/target/bench.jar" + args;
        if (System.getenv("RELIEF_STATE_DIR") != null) {
            return "./relief bench" + args + "\n# runs: " + plain;
        }
        return plain;
    }

    /** {@code bench/results} next to the module whose {@code target} holds this code, else under the working dir. */
    static Path defaultResultsDir() {
        try {
            Path at = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = at; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("target")
                        && p.getParent() != null && Files.exists(p.getParent().resolve("pom.xml"))) {
                    return p.getParent().resolve("results");
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
    }

    static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static void say(String format, Object... values) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, values));
    }
}
