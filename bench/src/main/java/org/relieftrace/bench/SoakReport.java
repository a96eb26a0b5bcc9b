package org.relieftrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The soak's report: the figures and the goals, the charts of latency and of each service's resident memory over
 * time (SVG images beside the report), and one row per interval. {@code soak-<time>.md} and {@code SOAK-LATEST.md}.
 */
final class SoakReport {

    /** The memory goal per service under load (issue's target): resident at most 512 MB. */
    static final long RSS_GOAL_MB = 512;
    static final String LATEST = "SOAK-LATEST.md";

    /** A soak as run. */
    record Run(ZonedDateTime startedAt, Machine machine, String command, int minutes, double capacity, double rate,
               List<SoakLoad.Interval> intervals, String firstError) {
    }

    private SoakReport() {
    }

    /** Writes the report and its two charts into {@code dir}; answers the report's file. */
    static Path write(Path dir, Run run) throws IOException {
        String stamp = "soak-" + run.startedAt().withZoneSameInstant(ZoneOffset.UTC).format(Markdown.FILE_STAMP);
        Files.createDirectories(dir);
        List<Double> minutes = new ArrayList<>();
        Map<String, List<Double>> latency = new LinkedHashMap<>();
        latency.put("p99", new ArrayList<>());
        latency.put("p50", new ArrayList<>());
        Map<String, List<Double>> memory = new LinkedHashMap<>();
        for (String service : services(run)) {
            memory.put(service, new ArrayList<>());
        }
        for (SoakLoad.Interval interval : run.intervals()) {
            minutes.add(interval.endSeconds() / 60);
            latency.get("p99").add(interval.latency().p99() / 1e6);
            latency.get("p50").add(interval.latency().p50() / 1e6);
            memory.forEach((service, values) -> values.add(interval.rssKib().getOrDefault(service, 0L) / 1024.0));
        }
        Files.writeString(dir.resolve(stamp + "-latency.svg"), SvgChart.lines("Receipt latency during the soak",
                "minutes", "ms", minutes, latency), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(stamp + "-memory.svg"), SvgChart.lines("Resident memory per service",
                "minutes", "MB", minutes, memory), StandardCharsets.UTF_8);
        return Report.publish(dir, stamp + ".md", LATEST, markdown(run, stamp));
    }

    private static TreeSet<String> services(Run run) {
        TreeSet<String> services = new TreeSet<>();
        run.intervals().forEach(interval -> services.addAll(interval.rssKib().keySet()));
        return services;
    }

    static String markdown(Run run, String stamp) {
        long ok = run.intervals().stream().mapToLong(SoakLoad.Interval::ok).sum();
        long errors = run.intervals().stream().mapToLong(SoakLoad.Interval::errors).sum();
        double seconds = run.intervals().isEmpty() ? 1 : run.intervals().getLast().endSeconds();
        StringBuilder md = new StringBuilder();
        md.append("# Soak — ").append(run.startedAt().withZoneSameInstant(ZoneOffset.UTC).format(Markdown.SHOWN))
                .append("\n\nReceipts (入库) at half the capacity measured just before, for ").append(run.minutes())
                .append(run.minutes() == 1 ? " minute" : " minutes")
                .append(": errors, latency over time and each service's resident memory over time.\n\n");
        md.append("## Figures\n\n| figure | goal | measured | |\n|---|---|---|---|\n");
        md.append(row("capacity (closed loop, 8 clients, 20 s)", "", Markdown.count(run.capacity()) + "/s", ""));
        md.append(row("rate asked / answered 201", "", Markdown.count(run.rate()) + "/s / "
                + Markdown.count(ok / seconds) + "/s", ""));
        md.append(row("errors", "0", Markdown.count(errors), errors == 0 ? "PASS" : "**MISS**"));
        for (String service : services(run)) {
            long max = run.intervals().stream().mapToLong(i -> i.rssKib().getOrDefault(service, 0L)).max()
                    .orElse(0) / 1024;
            md.append(row("resident memory, " + service + " (highest)", "≤ " + RSS_GOAL_MB + " MB", max + " MB",
                    max <= RSS_GOAL_MB ? "PASS" : "**MISS**"));
        }
        md.append("\n![latency](").append(stamp).append("-latency.svg)\n\n![memory](").append(stamp)
                .append("-memory.svg)\n\n## Machine\n\n| | |\n|---|---|\n")
                .append(Markdown.machineRows(run.machine())).append("\n## Command\n\n```\n").append(run.command())
                .append("\n```\n\n## Over time\n\n| at minute | 201s | errors | p50 | p99 | max |");
        List<String> services = List.copyOf(services(run));
        services.forEach(service -> md.append(' ').append(service).append(" MB |"));
        md.append("\n|---|---|---|---|---|---|").append("---|".repeat(services.size())).append('\n');
        for (SoakLoad.Interval i : run.intervals()) {
            md.append(String.format(Locale.ROOT, "| %.1f | %d | %d | %s | %s | %s |", i.endSeconds() / 60, i.ok(),
                    i.errors(), Report.ms(i.latency().p50()), Report.ms(i.latency().p99()),
                    Report.ms(i.latency().max())));
            services.forEach(service -> md.append(' ').append(i.rssKib().getOrDefault(service, 0L) / 1024)
                    .append(" |"));
            md.append('\n');
        }
        if (run.firstError() != null) {
            md.append("\nFirst error: `").append(Markdown.cell(run.firstError())).append("`\n");
        }
        md.append("\n## Method\n\n- The capacity is the receipt benchmark's closed loop (8 clients, 10 s warm-up, 20 s)"
                + " run just before; the soak then sends half of it as an open loop: each client on its own schedule,"
                + " latency counted from when a request was due, so a stall shows in every request it delays.\n"
                + "- Resident memory is each process's VmRSS at the end of each interval, found by the launcher's pid"
                + " files (`RELIEF_STATE_DIR/run/*.pid`); PostgreSQL and Keycloak are left out.\n");
        return md.toString();
    }

    private static String row(String figure, String goal, String measured, String verdict) {
        return "| " + figure + " | " + goal + " | " + measured + " | " + verdict + " |\n";
    }
}
