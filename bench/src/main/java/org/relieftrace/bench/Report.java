package org.relieftrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import static org.relieftrace.bench.Markdown.FILE_STAMP;
import static org.relieftrace.bench.Markdown.SHOWN;
import static org.relieftrace.bench.Markdown.cell;
import static org.relieftrace.bench.Markdown.count;
import static org.relieftrace.bench.Markdown.machineRows;

/**
 * The Markdown report of one run: the verdict against the targets, the machine, the exact command, the parameters,
 * and the figures of every part, with the method in a few lines so that a reader can judge them. Written to
 * {@code receipts-YYYYMMDD-HHMMSS.md} (UTC) and copied to {@code LATEST.md}.
 */
public final class Report {

    /** Target: receipts per second. */
    public static final double TARGET_RATE = 1_500;
    /** Target: receipt p99, in milliseconds. */
    public static final double TARGET_P99_MS = 50;
    /** Target: projection lag p99, in milliseconds. */
    public static final double TARGET_LAG_P99_MS = 1_000;
    /** Target: receipts per second as a share of baseline inserts per second, in percent. */
    public static final double TARGET_RATIO_PERCENT = 15;
    /** Goal: median added by the gateway, in milliseconds. */
    public static final double TARGET_GATEWAY_MS = 2;

    /**
     * Everything a report states.
     *
     * @param startedAt  when the run began
     * @param machine    where it ran
     * @param command    the command as a user types it
     * @param config     the parameters
     * @param server     the PostgreSQL server
     * @param receipts   the receipt load
     * @param lag        the projection lag
     * @param baseline   the JDBC baseline
     * @param gateway    the gateway comparison
     * @param gatewayPath the path the gateway comparison read
     */
    public record Run(ZonedDateTime startedAt, Machine machine, String command, Config config,
                      InsertBaseline.Server server, ReceiptLoad.Result receipts, ProjectionLag.Result lag,
                      InsertBaseline.Result baseline, GatewayOverhead.Result gateway, String gatewayPath) {
    }

    private Report() {
    }

    /** The file name of the report of a run started at {@code startedAt}. */
    public static String fileName(ZonedDateTime startedAt) {
        return "receipts-" + startedAt.withZoneSameInstant(ZoneOffset.UTC).format(FILE_STAMP) + ".md";
    }

    /** Writes the report into {@code dir} and copies it to {@code LATEST.md}; answers the report's path. */
    public static Path write(Path dir, Run run, String markdown) throws IOException {
        return publish(dir, fileName(run.startedAt()), "LATEST.md", markdown);
    }

    /**
     * Writes a benchmark's report into {@code dir} as {@code fileName} and copies it to {@code latest} (every
     * benchmark keeps its dated reports and a copy of its newest); answers the report's path.
     */
    static Path publish(Path dir, String fileName, String latest, String markdown) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        Files.copy(file, dir.resolve(latest), StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The report as Markdown. */
    public static String markdown(Run run) {
        Config c = run.config();
        ReceiptLoad.Result r = run.receipts();
        ProjectionLag.Result lag = run.lag();
        InsertBaseline.Result base = run.baseline();
        GatewayOverhead.Result gw = run.gateway();
        double ratio = base.perSecond() > 0 ? 100.0 * r.perSecond() / base.perSecond() : 0;
        StringBuilder md = new StringBuilder();

        md.append("# Receipt benchmark — ").append(run.startedAt().withZoneSameInstant(ZoneOffset.UTC).format(SHOWN))
                .append("\n\n");
        md.append("Receipt commands (入库, `POST /api/supplies/depots/{id}/receipts`) against the running system, the "
                + "projection lag while under that load, and a plain JDBC insert baseline on the same PostgreSQL, "
                + "measured in one run.\n\n");

        md.append("## Verdict\n\n");
        md.append("| target | goal | measured | |\n|---|---|---|---|\n");
        verdict(md, "receipts per second", "≥ " + count(TARGET_RATE), rate(r.perSecond()),
                r.ok() > 0 && r.perSecond() >= TARGET_RATE);
        verdict(md, "receipt latency p99", "≤ " + count(TARGET_P99_MS) + " ms", ms(r.latency().p99()),
                r.ok() > 0 && r.latency().p99() <= TARGET_P99_MS * 1e6);
        boolean lagMeasured = lag.lag().count() > 0;
        verdict(md, "projection lag p99", "≤ 1 s", lagMeasured ? ms(lag.lag().p99()) : "none visible",
                lagMeasured && lag.timeouts() == 0 && lag.lag().p99() <= TARGET_LAG_P99_MS * 1e6);
        verdict(md, "receipts ÷ baseline inserts", "≥ " + count(TARGET_RATIO_PERCENT) + " %",
                String.format(Locale.ROOT, "%.1f %%", ratio), r.ok() > 0 && ratio >= TARGET_RATIO_PERCENT);
        if (gw.skipped() == null) {
            verdict(md, "gateway added latency (p50)", "≤ " + count(TARGET_GATEWAY_MS) + " ms", ms(gw.addedP50()),
                    gw.addedP50() <= TARGET_GATEWAY_MS * 1e6);
        } else {
            md.append("| gateway added latency (p50) | ≤ 2 ms | not measured | SKIPPED |\n");
        }
        md.append("\nPASS/MISS compare the figures below with the goals; a MISS is a finding, not a failed run.");
        if (lag.timeouts() > 0) {
            md.append(" The lag target is missed whenever a probe timed out, whatever its p99.");
        }
        md.append("\n\n");

        md.append("## Machine\n\n");
        Machine m = run.machine();
        md.append("| | |\n|---|---|\n");
        md.append(machineRows(m));
        InsertBaseline.Server s = run.server();
        md.append("| PostgreSQL | ").append(cell(s.version())).append("; fsync ").append(s.fsync())
                .append(", synchronous_commit ").append(s.synchronousCommit()).append(", max_connections ")
                .append(s.maxConnections()).append(" |\n");
        if ("off".equals(s.fsync()) || "off".equals(s.synchronousCommit())) {
            md.append("\nThis PostgreSQL does not wait for the disk at commit (fsync ").append(s.fsync())
                    .append(", synchronous_commit ").append(s.synchronousCommit()).append("): the services and the "
                    + "baseline both commit without a flush, so the baseline is the ceiling without durability, "
                    + "higher than what the same server reaches with fsync on.\n");
        }
        md.append("\nThe load generator, the services, Keycloak and PostgreSQL share this machine unless the URLs "
                + "below say otherwise: the load competes with what it measures for the same cores.\n\n");

        md.append("## Command\n\n```\n").append(run.command()).append("\n```\n\n");

        md.append("## Parameters\n\n| | |\n|---|---|\n");
        md.append("| clients | ").append(c.clients()).append(" (receipts and baseline alike) |\n");
        md.append("| measured | ").append(c.seconds()).append(" s per phase |\n");
        md.append("| warm-up | ").append(c.warmup()).append(" s before receipts, ").append(c.baselineWarmup())
                .append(" s before the baseline |\n");
        md.append("| depots | ").append(c.depots()).append(" (`BENCH-01`…`BENCH-")
                .append(String.format("%02d", c.depots())).append("`, county ").append(ReferenceData.DIVISION)
                .append("), plus `").append(ReferenceData.LAG_DEPOT).append("` for the lag prober |\n");
        md.append("| receipt | one line: ").append(ReferenceData.ITEM)
                .append(" × 1, source PROCUREMENT, as `county-officer` (supplies-officer) |\n");
        md.append("| supplies-service | ").append(c.suppliesUrl()).append(" |\n");
        md.append("| registry-service | ").append(c.registryUrl()).append(" |\n");
        md.append("| gateway | ").append(c.gatewayUrl()).append(" |\n");
        md.append("| Keycloak | ").append(c.keycloakUrl()).append(" |\n");
        md.append("| baseline database | `").append(c.jdbcUrl()).append("` as `").append(c.jdbcUser()).append("` |\n");
        md.append("| gateway comparison | ").append(c.gatewayRequests()).append(" requests per path |\n\n");

        md.append("## Receipts\n\n");
        md.append("| commands | duration | commands/s | p50 | p90 | p99 | p99.9 | max |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        md.append("| ").append(count(r.ok())).append(" | ").append(seconds(r.durationSeconds())).append(" | ")
                .append(rate(r.perSecond())).append(" | ").append(latencies(r.latency())).append(" |\n\n");
        md.append("Warm-up: ").append(count(r.warmupOk())).append(" receipts recorded, ").append(r.warmupErrors())
                .append(" failed (not counted).\n\n");
        errors(md, "Answers other than 201 in the measured window", r.errors());
        if (r.errors().total() == 0 && r.errors().firstError() != null) {
            md.append("The first failure of the warm-up:\n\n```\n").append(r.errors().firstError())
                    .append("\n```\n\n");
        }

        md.append("## Projection lag (acknowledged → visible in the read model)\n\n");
        md.append("| probes visible | p50 | p90 | p99 | max | timeouts (> 10 s) |\n|---|---|---|---|---|---|\n");
        Percentiles.Summary l = lag.lag();
        md.append("| ").append(count(l.count())).append(" | ").append(ms(l.p50())).append(" | ").append(ms(l.p90()))
                .append(" | ").append(ms(l.p99())).append(" | ").append(ms(l.max())).append(" | ")
                .append(lag.timeouts()).append(" |\n\n");
        errors(md, "Probes that failed", lag.errors());

        md.append("## Baseline: plain JDBC inserts on the same PostgreSQL\n\n");
        md.append("| inserts | duration | inserts/s | p50 | p90 | p99 | p99.9 | max |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        md.append("| ").append(count(base.ok())).append(" | ").append(seconds(base.durationSeconds())).append(" | ")
                .append(rate(base.perSecond())).append(" | ").append(latencies(base.latency())).append(" |\n\n");
        md.append("One ").append(base.payloadBytes()).append("-byte JSONB row per transaction (autocommit), ")
                .append(c.clients()).append(" connections, into `bench.baseline` (emptied before and after).\n\n");
        errors(md, "Failed inserts", base.errors());
        md.append("**Receipts ÷ baseline: ").append(String.format(Locale.ROOT, "%.1f %%", ratio))
                .append("** (").append(rate(r.perSecond())).append(" receipts/s ÷ ").append(rate(base.perSecond()))
                .append(" inserts/s).\n\n");

        md.append("## Gateway added latency\n\n");
        if (gw.skipped() != null) {
            md.append("Not measured: ").append(gw.skipped()).append("\n\n");
        } else {
            md.append("Sequential `GET ").append(run.gatewayPath()).append("`, one client, direct and through the "
                    + "gateway in alternating blocks of ").append(GatewayOverhead.BLOCK).append(".\n\n");
            md.append("| path | requests | p50 | p90 | p99 | p99.9 | max |\n|---|---|---|---|---|---|---|\n");
            md.append("| direct | ").append(count(gw.direct().count())).append(" | ").append(latencies(gw.direct()))
                    .append(" |\n");
            md.append("| gateway | ").append(count(gw.viaGateway().count())).append(" | ")
                    .append(latencies(gw.viaGateway())).append(" |\n\n");
            md.append("Added at the median: **").append(ms(gw.addedP50())).append("**; at p99: ")
                    .append(ms(gw.viaGateway().p99() - gw.direct().p99())).append(".\n\n");
            errors(md, "Answers other than 200", gw.errors());
        }

        md.append("## Method\n\n");
        md.append("- Each receipt client is a thread with its own HTTP/1.1 client (kept-alive connection) in a closed "
                + "loop: the next request starts when the previous answer is read. Client *i* writes to depots *i*, "
                + "*i* + clients, … in turn. Latency is from just before sending to the full answer, 201s only; "
                + "requests started during the warm-up are not counted; the rate is 201s divided by the time from "
                + "the end of the warm-up to the last measured answer.\n");
        md.append("- The lag prober posts one receipt every ").append(ProjectionLag.INTERVAL_NANOS / 1_000_000)
                .append(" ms to `").append(ReferenceData.LAG_DEPOT).append("` during the measured window and reads "
                + "its `Location` every ").append(ProjectionLag.POLL_MILLIS).append(" ms until its lots appear; the "
                + "lag includes up to one polling interval and one read. One probe at a time: when the lag is longer "
                + "than the interval, fewer probes are made.\n");
        md.append("- The baseline runs after the receipts, so the two never compete; it has the same clients and "
                + "length. Percentiles are nearest-rank (every figure was observed).\n");
        return md.toString();
    }

    private static void verdict(StringBuilder md, String what, String goal, String measured, boolean pass) {
        md.append("| ").append(what).append(" | ").append(goal).append(" | ").append(measured).append(" | ")
                .append(pass ? "PASS" : "**MISS**").append(" |\n");
    }

    private static void errors(StringBuilder md, String title, Tally tally) {
        if (tally.total() == 0) {
            return;
        }
        md.append(title).append(":\n\n");
        for (Map.Entry<String, Long> e : tally.counts().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append("\n");
        }
        if (tally.firstError() != null) {
            md.append("\nThe first one:\n\n```\n").append(tally.firstError()).append("\n```\n");
        }
        md.append("\n");
    }

    private static String latencies(Percentiles.Summary s) {
        return ms(s.p50()) + " | " + ms(s.p90()) + " | " + ms(s.p99()) + " | " + ms(s.p999()) + " | " + ms(s.max());
    }

    /** Nanoseconds as milliseconds, two decimals. */
    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}
