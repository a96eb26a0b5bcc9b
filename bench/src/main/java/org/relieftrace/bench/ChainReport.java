package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import static org.relieftrace.bench.Markdown.FILE_STAMP;
import static org.relieftrace.bench.Markdown.SHOWN;

/**
 * The material-chain benchmark's Markdown report: {@code chain-YYYYMMDD-HHMMSS.md}, copied to {@code CHAIN-LATEST.md}.
 */
public final class ChainReport {

    /** The copy of the newest report. */
    public static final String LATEST = "CHAIN-LATEST.md";
    /** Goals of the issue: readiness p99 ≤ 50 ms, lot trace p99 ≤ 100 ms. */
    public static final double READINESS_P99_MS = 50;
    public static final double TRACE_P99_MS = 100;
    /** Requests per query on the loaded store. */
    public static final int REQUESTS = 300;
    /** Unmeasured requests per query before those. */
    public static final int WARMUP_REQUESTS = 50;

    /** One run: when, where, how, and what was measured. */
    public record Run(ZonedDateTime startedAt, Machine machine, String command, Config config,
                      ChainLoad.Result result, History history, String loadBefore, String loadAfter) {
    }

    /**
     * The history appended before the workload ({@code --events}), how long the projections took to catch up, and
     * the queries timed on it, with the load averages before and after them.
     */
    public record History(ChainHistory.Result loaded, long eventsInStore, double catchUpSeconds, long[] readiness,
                          long[] countyTraces, int countyLots, long[] lowerTraces, int lowerLots, String loadBefore,
                          String loadAfter) {
    }

    private ChainReport() {
    }

    public static Path write(Path dir, Run run, String markdown) throws IOException {
        return Report.publish(dir, "chain-" + FILE_STAMP.format(run.startedAt()) + ".md", LATEST, markdown);
    }

    public static String markdown(Run run) {
        ChainLoad.Result r = run.result();
        StringBuilder md = new StringBuilder();
        md.append("# Material chain benchmark (物资全链条)\n\n");
        md.append("- started: ").append(SHOWN.format(run.startedAt())).append('\n');
        md.append("- machine: ").append(run.machine().processors()).append(" processors, ")
                .append(run.machine().memory()).append(", ").append(run.machine().cpuModel()).append('\n');
        md.append("- command: `").append(run.command()).append("`\n");
        md.append("- clients: ").append(run.config().clients()).append(", warm-up ").append(run.config().warmup())
                .append(" s, measured ").append(run.config().seconds()).append(" s; ")
                .append(ChainLoad.HOUSEHOLDS).append(" households, ").append(run.config().depots())
                .append(" county depots → one village depot\n");
        md.append("- events in the store after the run: ").append(String.format(Locale.ROOT, "%,d", r.eventsInStore()))
                .append('\n');
        md.append("- the machine is shared with other work: load average (1, 5, 15 min) ").append(run.loadBefore())
                .append(" before the workload, ").append(run.loadAfter()).append(" after it\n\n");
        if (run.history() != null) {
            history(md, run.history());
        }
        md.append("## Mixed workload (receipts, transfers, distributions)\n\n");
        md.append("| operation | ok | ops/s | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        long all = 0;
        long[] merged = new long[0];
        for (Map.Entry<String, long[]> kind : r.latencies().entrySet()) {
            long[] sorted = kind.getValue();
            all += sorted.length;
            merged = concat(merged, sorted);
            md.append(row(kind.getKey(), sorted, r.seconds()));
        }
        java.util.Arrays.sort(merged);
        md.append(row("**all**", merged, r.seconds()));
        md.append("\nOutcomes in the measured window: ").append(r.tally().counts()).append("\n\n");
        md.append("## Queries (one after another, after the workload)\n\n");
        md.append("| query | requests | p50 ms | p99 ms | goal p99 | met |\n|---|---:|---:|---:|---:|---|\n");
        md.append(query("readiness of the county (`GET /readiness?division=500118000000`)", r.readiness(),
                READINESS_P99_MS));
        md.append(query("lot trace (`GET /lots/{id}/trace`, village lots)", r.traces(), TRACE_P99_MS));
        md.append("\n").append(all == 0 ? "Nothing was measured.\n" : "");
        if (run.history() == null) {
            md.append("\nThe readiness goal of the issue is stated for a store of 1M events; the figure above is for"
                    + " the number of events shown.\n");
        }
        return md.toString();
    }

    private static void history(StringBuilder md, History h) {
        ChainHistory.Result l = h.loaded();
        md.append("## History of the sample county (before the workload)\n\n");
        if (l.events() == 0) {
            md.append(String.format(Locale.ROOT, "- the store already held %,d events: this run appended none%n",
                    h.eventsInStore()));
        } else {
            md.append(String.format(Locale.ROOT, "- appended straight to the event store: %,d events in %.1f s"
                    + " (%,.0f events/s), hashed and chained per aggregate; %,d events in the store afterwards%n",
                    l.events(), l.seconds(), l.events() / l.seconds(), h.eventsInStore()));
            md.append(String.format(Locale.ROOT, "- over the sample county's %d seeded depots (county, township,"
                    + " village) and %d catalog items: %,d lots (receipts and arrivals), %,d transfers down the tiers,"
                    + " %,d distributions to households%n", l.depots(), l.items(), l.lots(), l.transfers(),
                    l.distributions()));
        }
        md.append(String.format(Locale.ROOT, "- the supplies-service's projections caught up %.1f s after the load"
                + " had finished (every processor's lag 0)%n", h.catchUpSeconds()));
        md.append("- each query ran ").append(WARMUP_REQUESTS).append(" times unmeasured first, then ")
                .append(REQUESTS).append(" times measured, one request after another\n");
        md.append("- load average (1, 5, 15 min): ").append(h.loadBefore()).append(" before the queries, ")
                .append(h.loadAfter()).append(" after them\n\n");
        md.append("| query | requests | p50 ms | p99 ms | max ms | goal p99 | met |\n"
                + "|---|---:|---:|---:|---:|---:|---|\n");
        md.append(bigQuery("readiness of the county (`GET /readiness?division=500118000000`)", h.readiness(),
                READINESS_P99_MS));
        md.append(bigQuery(String.format(Locale.ROOT, "lot trace, county lots transferred down and distributed from"
                + " (picked among %,d such lots)", h.countyLots()), h.countyTraces(), TRACE_P99_MS));
        md.append(bigQuery(String.format(Locale.ROOT, "lot trace, township and village lots that arrived by transfer"
                + " and were distributed from (picked among %,d such lots)", h.lowerLots()), h.lowerTraces(),
                TRACE_P99_MS));
        md.append('\n');
    }

    private static String bigQuery(String name, long[] sorted, double goalMs) {
        Percentiles.Summary s = Percentiles.summarize(sorted);
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.0f ms | %s |%n", name, s.count(),
                s.p50() / 1e6, s.p99() / 1e6, s.max() / 1e6, goalMs,
                s.count() > 0 && s.p99() / 1e6 <= goalMs ? "yes" : "no");
    }

    private static String row(String name, long[] sorted, double seconds) {
        Percentiles.Summary s = Percentiles.summarize(sorted);
        return String.format(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %.1f | %.1f |%n", name, s.count(),
                s.count() / seconds, s.p50() / 1e6, s.p99() / 1e6, s.max() / 1e6);
    }

    private static String query(String name, long[] sorted, double goalMs) {
        Percentiles.Summary s = Percentiles.summarize(sorted);
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.0f ms | %s |%n", name, s.count(),
                s.p50() / 1e6, s.p99() / 1e6, goalMs, s.count() > 0 && s.p99() / 1e6 <= goalMs ? "yes" : "no");
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
