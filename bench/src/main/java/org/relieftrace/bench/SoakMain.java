package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak ({@code ./relief bench --soak [minutes]}, default 30; not in CI): the receipt capacity measured for 20 s,
 * then receipts at half of it for the given minutes, with errors, latency and each service's resident memory over
 * time, written by {@link SoakReport}. Options: {@code --results DIR}, {@code --clients N}.
 */
public final class SoakMain {

    private SoakMain() {
    }

    public static void main(String[] argv) throws Exception {
        int minutes = 30;
        List<String> options = new ArrayList<>(List.of("--warmup", "10", "--seconds", "20", "--gateway-requests", "0"));
        String results = null;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--results" -> results = argv[++i];
                case "--clients" -> options.addAll(List.of("--clients", argv[++i]));
                default -> {
                    if (!argv[i].matches("[1-9][0-9]*")) {
                        System.err.println("bench: usage: --soak [minutes] [--results DIR] [--clients N]");
                        System.exit(2);
                    }
                    minutes = Integer.parseInt(argv[i]);
                }
            }
        }
        Config config = Config.of(Config.parse(options), System.getenv(), List.of(argv));
        Path dir = results != null ? Path.of(results) : BenchMain.defaultResultsDir();
        try {
            Path file = run(config, minutes, dir);
            BenchMain.say("soak report: %s", BenchMain.shown(file));
        } catch (IOException | SQLException e) {
            System.err.println("bench: cannot soak: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Path run(Config config, int minutes, Path dir)
            throws IOException, SQLException, InterruptedException {
        ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Machine machine = Machine.current();
        Keycloak keycloak = new Keycloak(config.keycloakUrl());
        Keycloak.Token officer = keycloak.password("relief-test", "county-officer", "demo");
        Keycloak.Token admin = keycloak.clientCredentials("relief-service", "relief-service-secret");
        ReferenceData reference = new ReferenceData(config);
        reference.register(admin);
        reference.awaitProjected(officer);

        ReceiptLoad.Result probe = new ReceiptLoad(config, officer, reference.loadDepots())
                .run(Window.startingNow(config.warmup(), config.seconds()));
        if (probe.ok() == 0) {
            throw new IOException("no receipt was accepted while measuring the capacity: "
                    + probe.errors().firstError());
        }
        double rate = probe.perSecond() / 2;
        int intervalSeconds = Math.max(10, minutes);
        int intervals = minutes * 60 / intervalSeconds;
        BenchMain.say("capacity %.0f receipts/s; soaking at %.0f/s for %d min (%d intervals of %d s)",
                probe.perSecond(), rate, minutes, intervals, intervalSeconds);
        AtomicReference<String> firstError = new AtomicReference<>();
        List<SoakLoad.Interval> measured = new SoakLoad(config, officer, reference.loadDepots(),
                new ServiceMemory(System.getenv())).run(rate, intervals, intervalSeconds, firstError);
        String args = String.join(" ", config.args());
        String command = "./relief bench --soak " + args
                + "\n# runs: java -cp bench/target/bench.jar org.relieftrace.bench.SoakMain " + args;
        SoakReport.Run run = new SoakReport.Run(startedAt, machine, command, minutes, probe.perSecond(), rate,
                measured, firstError.get());
        return SoakReport.write(dir, run);
    }
}
