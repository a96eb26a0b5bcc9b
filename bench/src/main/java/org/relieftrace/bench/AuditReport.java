package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The audit benchmark's report ({@link AuditBench}): {@code bench/results/audit-YYYYMMDD-HHMMSS.md}, copied to
 * {@code AUDIT-LATEST.md} — what was loaded, and each measure (replay, verification, past states) against its goal.
 */
final class AuditReport {

    private AuditReport() {
    }

    /** The Markdown report. */
    static String markdown(ZonedDateTime startedAt, Machine machine, String command, AuditBench.Result r) {
        double replayRate = r.replay().path("eventsTotal").asDouble() / r.replaySeconds();
        double verifyRate = r.verify().path("eventsChecked").asDouble() / r.verifySeconds();
        StringBuilder md = new StringBuilder();
        md.append("# Audit benchmark, ").append(startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" UTC\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d processors, %s, %s.%n%n", machine.processors(),
                machine.memory(), machine.cpuModel()));
        md.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Loaded %,d hashed stock events straight into the event store in %.1f s:"
                        + " %,d `StockReceived` over %d depots, and %,d to one depot — %d lots received, then"
                        + " distributions to households, transfers out (`StockReserved` + `ReservationIssued`) and"
                        + " transfers in (`TransferredStockReceived`); the live stock projection handled them in"
                        + " %.1f s. The depot's state holds %d lots; its quantity on hand read back: now %,d"
                        + " (expected %,d), in the middle %,d (expected %,d).%n%n", r.loaded(), r.loadSeconds(),
                AuditBench.OTHERS, AuditBench.OTHER_DEPOTS, AuditBench.BIG, AuditLoader.BIG_LOTS, r.catchUpSeconds(),
                r.lots(), r.onHandRecent(), r.expectedRecent(), r.onHandMiddle(), r.expectedMiddle()));
        md.append("| measure | goal | measured | met |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| replay of `stock` into shadow tables + comparison (%s events, %s"
                        + " differences) | ≥ 10,000 events/s | %,.0f events/s (%.1f s; the replay's own rate %s/s)"
                        + " | %s |%n", r.replay().path("eventsTotal"), r.replay().path("differences"), replayRate,
                r.replaySeconds(), r.replay().path("eventsPerSecond"), replayRate >= 10_000 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| `/audit/verify` of every chain and checkpoint (%s events, intact %s)"
                        + " | ≥ 20,000 events/s | %,.0f events/s (%.1f s) | %s |%n", r.verify().path("eventsChecked"),
                r.verify().path("intact"), verifyRate, r.verifySeconds(), verifyRate >= 20_000 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| state of the 100,000-event depot now, from the snapshot at %s | ≤ 1 s"
                        + " | %.3f s, again %.3f s (%s events) | %s |%n", r.stateRecent().path("fromSnapshot"),
                r.stateRecentSeconds(), r.stateRecentAgainSeconds(), r.stateRecent().path("eventsApplied"),
                r.stateRecentSeconds() <= 1 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| state of that depot in the middle of its history, from the archived"
                        + " snapshot at %s | ≤ 1 s | %.3f s, again %.3f s (%s events, %d replayed after the snapshot)"
                        + " | %s |%n", r.stateMiddle().path("fromSnapshot"), r.stateMiddleSeconds(),
                r.stateMiddleAgainSeconds(), r.stateMiddle().path("eventsApplied"),
                r.stateMiddle().path("lastSequence").asLong() - r.stateMiddle().path("fromSnapshot").asLong(-1),
                r.stateMiddleSeconds() <= 1 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "%nThe loaded events bypassed the command path (which snapshots the"
                        + " depot every 1,000 events, each kept in the snapshot archive): `POST …/aggregates/DepotStock"
                        + "/{id}/snapshots` archived %s snapshots (every %s events, %s events read) in %.1f s before"
                        + " the measures.%n", r.archived().path("added"), r.archived().path("every"),
                r.archived().path("events"), r.archiveSeconds()));
        md.append("\nReplay status as reported:\n\n```json\n").append(r.replay().toPrettyString())
                .append("\n```\n");
        return md.toString();
    }

    /** Writes the report into {@code dir} and copies it to {@code AUDIT-LATEST.md}; answers the report's path. */
    static Path write(Path dir, ZonedDateTime startedAt, String markdown) throws IOException {
        return Report.publish(dir, "audit-" + startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md",
                "AUDIT-LATEST.md", markdown);
    }
}
