package org.relieftrace.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run is told: where the system is (from the environment) and how hard to push (from the command
 * line).
 *
 * @param suppliesUrl   base URL of the supplies-service ({@code RELIEF_SUPPLIES_URL})
 * @param registryUrl   base URL of the registry-service ({@code RELIEF_REGISTRY_URL})
 * @param gatewayUrl    base URL of the gateway ({@code RELIEF_GATEWAY_URL})
 * @param keycloakUrl   base URL of Keycloak, without {@code /realms/...} ({@code RELIEF_KEYCLOAK_URL})
 * @param jdbcUrl       the PostgreSQL the baseline writes to ({@code RELIEF_BENCH_JDBC_URL})
 * @param jdbcUser      its user ({@code RELIEF_BENCH_JDBC_USER})
 * @param jdbcPassword  its password ({@code RELIEF_BENCH_JDBC_PASSWORD})
 * @param clients       concurrent clients, for the receipts and for the baseline
 * @param seconds       length of each measured window
 * @param warmup        seconds of load before the receipts are measured
 * @param depots        bench depots the receipt clients spread over
 * @param gatewayRequests sequential requests per path in the gateway comparison; 0 skips it
 * @param reliefUrl     base URL of the relief-service ({@code RELIEF_RELIEF_URL})
 * @param cases         approved cases the payout benchmark sets up and pays ({@code --relief})
 * @param events        events the store should hold before the chain benchmark measures ({@code --chain}); the
 *                      history is appended straight to the event store; 0 appends nothing
 * @param args          the command line as given
 */
public record Config(URI suppliesUrl, URI registryUrl, URI gatewayUrl, URI keycloakUrl, String jdbcUrl,
                     String jdbcUser, String jdbcPassword, int clients, int seconds, int warmup, int depots,
                     int gatewayRequests, URI reliefUrl, int cases, int events, List<String> args) {

    /** Usage text for {@code --help}. */
    public static final String USAGE = """
            Usage: ./relief bench [OPTIONS]      (or: java -jar bench/target/bench.jar [OPTIONS])

            Measures receipt commands (入库) against a running ReliefTrace (./relief up), the projection lag, a plain
            JDBC insert baseline on the same PostgreSQL and the gateway's added latency, all in one run, and writes a
            Markdown report to bench/results/receipts-YYYYMMDD-HHMMSS.md (copied to bench/results/LATEST.md).

            Options:
              --clients N           concurrent clients, for receipts and for the baseline   (default 8)
              --seconds N           measured seconds, for receipts and for the baseline     (default 30)
              --warmup N            warm-up seconds before measuring receipts               (default 60)
              --depots N            bench depots BENCH-01..BENCH-NN to spread receipts over (default 16)
              --gateway-requests N  sequential GETs per path for the gateway comparison;
                                    0 skips it                                              (default 2000)
              --import              instead: the household import benchmark — one 10,000-row XLSX
                                    uploaded to the registry-service as zhutuo-civil, timed until
                                    the import is DONE; report bench/results/import-YYYYMMDD-HHMMSS.md
                                    (copied to bench/results/IMPORT-LATEST.md); goal ≤ 30 s.
                                    Only --results applies to it.
              --chain               instead: the material-chain benchmark — receipts, transfers and
                                    distributions mixed at --clients for --seconds (after --warmup),
                                    then county readiness and lot trace latencies; report
                                    bench/results/chain-YYYYMMDD-HHMMSS.md (copied to CHAIN-LATEST.md).
                                    Goals: readiness p99 ≤ 50 ms, lot trace p99 ≤ 100 ms.
              --events N            with --chain: first fill the event store up to N events with a
                                    material-chain history of the sample county's depots (receipts,
                                    transfers down the tiers, distributions), appended straight to
                                    the event store, and wait for the projections     (default 0)
              --audit               instead: the audit benchmark — a million hashed stock receipts
                                    appended to the event store (100,000 to one depot), then the
                                    replay of the stock projection (goal ≥ 10,000 events/s), the
                                    verification of the store (goal ≥ 20,000 events/s) and the state
                                    of that depot at a past moment (goal ≤ 1 s); report
                                    bench/results/audit-YYYYMMDD-HHMMSS.md (and AUDIT-LATEST.md).
                                    Only --results applies to it. Run it on a throwaway state dir.
              --relief              instead: the payout benchmark — sets up --cases approved cases
                                    through the APIs (not timed; --clients in parallel), then times
                                    a payment batch of all of them until its bank file is complete,
                                    and the bank's result file until the reconciliation is recorded;
                                    report bench/results/relief-YYYYMMDD-HHMMSS.md (copied to
                                    bench/results/RELIEF-LATEST.md); goal ≤ 30 s each.
              --cases N             approved cases for --relief                              (default 100000)
              --results DIR         where the report goes                          (default bench/results)
              -h, --help            this text

            Environment (defaults in brackets):
              RELIEF_SUPPLIES_URL   [http://localhost:8081]
              RELIEF_REGISTRY_URL   [http://localhost:8083]
              RELIEF_RELIEF_URL     [http://localhost:8082]
              RELIEF_GATEWAY_URL    [http://localhost:8080]
              RELIEF_KEYCLOAK_URL   [http://localhost:8180]
              RELIEF_BENCH_JDBC_URL [jdbc:postgresql://localhost:${RELIEF_PG_PORT:-5438}/relieftrace]
              RELIEF_BENCH_JDBC_USER [postgres], RELIEF_BENCH_JDBC_PASSWORD [empty]

            Exit status: 0 when measured (whether the targets are met or missed), 1 when something prevented
            measuring, 2 on a wrong command line.
            """;

    /** Thrown for a command line that cannot be understood. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** The options as parsed, before the environment is added. */
    record Options(int clients, int seconds, int warmup, int depots, int gatewayRequests, String results,
                   boolean importHouseholds, boolean chain, boolean audit, boolean relief, int cases,
                   int events, boolean help) {
    }

    /** Parses the command line. */
    static Options parse(List<String> args) throws UsageException {
        int clients = 8;
        int seconds = 30;
        int warmup = 60;
        int depots = 16;
        int gatewayRequests = 2000;
        String results = null;
        boolean importHouseholds = false;
        boolean chain = false;
        boolean audit = false;
        boolean relief = false;
        int cases = 100_000;
        int events = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> {
                    return new Options(clients, seconds, warmup, depots, gatewayRequests, results, importHouseholds,
                            chain, audit, relief, cases, events, true);
                }
                case "--import" -> {
                    if (value != null) {
                        throw new UsageException("--import takes no value");
                    }
                    importHouseholds = true;
                }
                case "--chain" -> {
                    if (value != null) {
                        throw new UsageException("--chain takes no value");
                    }
                    chain = true;
                }
                case "--audit" -> {
                    if (value != null) {
                        throw new UsageException("--audit takes no value");
                    }
                    audit = true;
                }
                case "--relief" -> {
                    if (value != null) {
                        throw new UsageException("--relief takes no value");
                    }
                    relief = true;
                }
                case "--clients", "--seconds", "--warmup", "--depots", "--gateway-requests", "--results",
                     "--cases", "--events" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (name.equals("--results")) {
                        results = value;
                        continue;
                    }
                    int n = number(name, value);
                    switch (name) {
                        case "--clients" -> clients = atLeast(name, n, 1);
                        case "--seconds" -> seconds = atLeast(name, n, 1);
                        case "--warmup" -> warmup = atLeast(name, n, 0);
                        case "--depots" -> depots = atLeast(name, n, 1);
                        case "--cases" -> cases = atLeast(name, n, 1);
                        case "--events" -> events = atLeast(name, n, 0);
                        default -> gatewayRequests = atLeast(name, n, 0);
                    }
                }
                default -> throw new UsageException("unknown option: " + arg);
            }
        }
        if (depots > 99) {
            throw new UsageException("--depots must be at most 99");
        }
        if (events > 0 && !chain) {
            throw new UsageException("--events belongs to --chain");
        }
        if ((audit ? 1 : 0) + (chain ? 1 : 0) + (importHouseholds ? 1 : 0) + (relief ? 1 : 0) > 1) {
            throw new UsageException("--import, --chain, --audit and --relief are separate benchmarks: choose one");
        }
        return new Options(clients, seconds, warmup, depots, gatewayRequests, results, importHouseholds, chain,
                audit, relief, cases, events, false);
    }

    /** The configuration from these options and this environment. */
    static Config of(Options options, Map<String, String> env, List<String> args) {
        String pgPort = env.getOrDefault("RELIEF_PG_PORT", "5438");
        return new Config(
                url(env, "RELIEF_SUPPLIES_URL", "http://localhost:8081"),
                url(env, "RELIEF_REGISTRY_URL", "http://localhost:8083"),
                url(env, "RELIEF_GATEWAY_URL", "http://localhost:8080"),
                url(env, "RELIEF_KEYCLOAK_URL", "http://localhost:8180"),
                value(env, "RELIEF_BENCH_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/relieftrace"),
                value(env, "RELIEF_BENCH_JDBC_USER", "postgres"),
                env.getOrDefault("RELIEF_BENCH_JDBC_PASSWORD", ""),
                options.clients(), options.seconds(), options.warmup(), options.depots(), options.gatewayRequests(),
                url(env, "RELIEF_RELIEF_URL", "http://localhost:8082"), options.cases(), options.events(),
                List.copyOf(args));
    }

    /** Seconds of warm-up for the baseline: short, the database needs little. */
    public int baselineWarmup() {
        return Math.min(warmup, 5);
    }

    /** The codes of the load depots: BENCH-01, BENCH-02, ... */
    public List<String> depotCodes() {
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= depots; n++) {
            codes.add(String.format("BENCH-%02d", n));
        }
        return codes;
    }

    private static int number(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not '" + value + "'");
        }
    }

    private static int atLeast(String name, int n, int min) throws UsageException {
        if (n < min) {
            throw new UsageException(name + " must be at least " + min);
        }
        return n;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static URI url(Map<String, String> env, String name, String fallback) {
        String v = value(env, name, fallback);
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return URI.create(v);
    }
}
