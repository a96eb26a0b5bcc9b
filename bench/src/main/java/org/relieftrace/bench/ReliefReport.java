package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.relieftrace.bench.Markdown.FILE_STAMP;
import static org.relieftrace.bench.Markdown.SHOWN;
import static org.relieftrace.bench.Markdown.count;
import static org.relieftrace.bench.Markdown.machineRows;
import static org.relieftrace.bench.Markdown.seconds;

/**
 * The payout benchmark's report (发放批次, 银行回盘): {@code bench/results/relief-YYYYMMDD-HHMMSS.md}, copied to
 * {@value #LATEST}.
 */
public final class ReliefReport {

    /** Goal for each timed part, in seconds. */
    public static final double TARGET_SECONDS = 30;
    /** The cases the goal speaks of. */
    public static final int TARGET_CASES = 100_000;
    /** The copy of the latest report. */
    public static final String LATEST = "RELIEF-LATEST.md";

    /**
     * Everything the report states.
     *
     * @param startedAt when the run began
     * @param machine   where it ran
     * @param command   the command as a user types it
     * @param config    where the system is
     * @param result    the figures
     */
    public record Run(ZonedDateTime startedAt, Machine machine, String command, Config config,
                      ReliefPayout.Result result) {
    }

    private ReliefReport() {
    }

    /** Writes the report into {@code dir} and copies it to {@value #LATEST}; answers the report's path. */
    public static Path write(Path dir, Run run, String markdown) throws IOException {
        return Report.publish(dir, "relief-" + run.startedAt().withZoneSameInstant(ZoneOffset.UTC)
                .format(FILE_STAMP) + ".md", LATEST, markdown);
    }

    /** The report as Markdown. */
    public static String markdown(Run run) {
        ReliefPayout.Result r = run.result();
        StringBuilder md = new StringBuilder();
        md.append("# Payout benchmark — ").append(run.startedAt().withZoneSameInstant(ZoneOffset.UTC).format(SHOWN))
                .append("\n\n");
        md.append(count(r.cases())).append(" approved TRANSITIONAL cases of one village and one disaster, set up "
                + "straight in the event store (not timed), then one payment batch of all of them (发放批次) and the "
                + "bank's result file for it (银行回盘), every line paid.\n\n");
        md.append("## Verdict\n\n| target | goal | measured | |\n|---|---|---|---|\n");
        boolean full = r.cases() >= TARGET_CASES;
        md.append("| batch → complete bank file, ").append(count(r.batchLines())).append(" lines | ≤ 30 s for ")
                .append(count(TARGET_CASES)).append(" | ").append(seconds(r.batchNanos())).append(" | ")
                .append(verdict(full, r.batchNanos(), r.batchLines() == r.cases())).append(" |\n");
        md.append("| result file → reconciled, ").append(count(r.paidCount())).append(" lines | ≤ 30 s for ")
                .append(count(TARGET_CASES)).append(" | ").append(seconds(r.reconciledNanos())).append(" | ")
                .append(verdict(full, r.reconciledNanos(), r.paidCount() == r.cases() && r.mismatches() == 0))
                .append(" |\n\n");
        if (!full) {
            md.append("This run had ").append(count(r.cases())).append(" cases, fewer than the goal's ")
                    .append(count(TARGET_CASES)).append(": its figures are no verdict on the goal.\n\n");
        }
        md.append("## Machine\n\n| | |\n|---|---|\n");
        Machine m = run.machine();
        md.append(machineRows(m)).append("\n");
        md.append("The benchmark, the services, Keycloak and PostgreSQL share this machine.\n\n");
        md.append("## Command\n\n```\n").append(run.command()).append("\n```\n\n");
        md.append("## Figures\n\n| | |\n|---|---|\n");
        md.append("| cases set up (not timed against the goal) | ").append(count(r.cases())).append(" in ")
                .append(seconds(r.setupNanos())).append(" |\n");
        md.append("| … events written into the event store | ").append(count(r.setupEvents())).append(" in ")
                .append(seconds(r.loadNanos())).append(" |\n");
        md.append("| … projections caught up (every case APPROVED) | ").append(seconds(r.catchUpNanos()))
                .append(" after the last event was written |\n");
        md.append("| batch request → 201 | ").append(seconds(r.batchAnsweredNanos())).append(" |\n");
        md.append("| batch request → complete bank file downloaded | ").append(seconds(r.batchNanos()))
                .append(" |\n");
        md.append("| bank file | ").append(count(r.batchLines())).append(" lines, ").append(count(r.bankFileBytes()))
                .append(" bytes |\n");
        md.append("| result upload → 200 (reconciliation answered) | ").append(seconds(r.resultAnsweredNanos()))
                .append(" |\n");
        md.append("| result upload → batch reads reconciled | ").append(seconds(r.reconciledNanos())).append(" |\n");
        md.append("| paid / mismatches | ").append(count(r.paidCount())).append(" / ").append(r.mismatches())
                .append(" |\n");
        md.append(String.format(Locale.ROOT, "| load average (1 min) during the timed parts | %.1f at the start,"
                + " %.1f–%.1f (sampled every second) |%n%n", r.loadAverageBefore(), r.loadAverageMin(),
                r.loadAverageMax()));
        md.append("## Method\n\n");
        md.append("- Set-up: the disaster, the standard (600 yuan per person per month) and the fund through the "
                + "public APIs; then, written straight into the event store in JDBC batches, hashed and chained per "
                + "stream as the services stamp them, with who/when/why/division in every event's metadata: per "
                + "case the household and its head's one-card account (registry), the case opened and appraised by "
                + "the village, one public notice of all cases posted 8 days ago for 7 days, the township's review, "
                + "the county's commitment from the fund and its approval. Then the set-up waits until the "
                + "relief-service lists every case APPROVED.\n");
        md.append("- The batch is timed from its request until a download of its bank file has every line (polled "
                + "every 250 ms). The result file is built from that bank file before its clock starts and timed "
                + "from the upload until the batch list reads it reconciled.\n");
        return md.toString();
    }

    private static String verdict(boolean full, long nanos, boolean complete) {
        if (!full) {
            return "no verdict";
        }
        return complete && nanos <= TARGET_SECONDS * 1e9 ? "PASS" : "**MISS**";
    }
}
