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
 * The Markdown report of one household import run: the verdict against the goal, the machine, the command, the
 * parameters and the figures. Written to {@code import-YYYYMMDD-HHMMSS.md} (UTC) and copied to
 * {@code IMPORT-LATEST.md}; the receipt benchmark's {@code LATEST.md} is left alone.
 */
public final class ImportReport {

    /** Goal: seconds from the start of the upload until the import is DONE. */
    public static final double TARGET_SECONDS = 30;
    /** The copy of the latest report. */
    public static final String LATEST = "IMPORT-LATEST.md";

    /**
     * Everything the report states.
     *
     * @param startedAt when the run began
     * @param machine   where it ran
     * @param command   the command as a user types it
     * @param config    where the system is
     * @param result    the import's figures
     */
    public record Run(ZonedDateTime startedAt, Machine machine, String command, Config config,
                      HouseholdImport.Result result) {
    }

    private ImportReport() {
    }

    /** The file name of the report of a run started at {@code startedAt}. */
    public static String fileName(ZonedDateTime startedAt) {
        return "import-" + startedAt.withZoneSameInstant(ZoneOffset.UTC).format(FILE_STAMP) + ".md";
    }

    /** Writes the report into {@code dir} and copies it to {@value #LATEST}; answers the report's path. */
    public static Path write(Path dir, Run run, String markdown) throws IOException {
        return Report.publish(dir, fileName(run.startedAt()), LATEST, markdown);
    }

    /** Whether the import met the goal: every row imported, none invalid, DONE within the goal. */
    public static boolean passed(HouseholdImport.Result r) {
        return r.imported() == HouseholdImport.ROWS && r.invalid() == 0 && r.doneNanos() <= TARGET_SECONDS * 1e9;
    }

    /** The report as Markdown. */
    public static String markdown(Run run) {
        HouseholdImport.Result r = run.result();
        Config c = run.config();
        StringBuilder md = new StringBuilder();
        md.append("# Household import benchmark — ")
                .append(run.startedAt().withZoneSameInstant(ZoneOffset.UTC).format(SHOWN)).append("\n\n");
        md.append("One XLSX of ").append(count(HouseholdImport.ROWS)).append(" households (批量导入, `POST "
                + "/api/registry/households/import`) uploaded to the running registry-service, timed until the "
                + "background import is DONE.\n\n");

        md.append("## Verdict\n\n");
        md.append("| target | goal | measured | |\n|---|---|---|---|\n");
        boolean complete = r.imported() == HouseholdImport.ROWS && r.invalid() == 0;
        md.append("| upload → DONE, ").append(count(HouseholdImport.ROWS)).append(" rows | ≤ ")
                .append(count(TARGET_SECONDS)).append(" s | ").append(seconds(r.doneNanos())).append(" | ")
                .append(passed(r) ? "PASS" : "**MISS**").append(" |\n\n");
        if (!complete) {
            md.append("Not every row was imported (").append(count(r.imported())).append(" imported, ")
                    .append(count(r.invalid())).append(" invalid, of ").append(count(HouseholdImport.ROWS))
                    .append("): the goal is met only when all are.\n\n");
        }
        md.append("PASS/MISS compares the figure with the goal; a MISS is a finding, not a failed run.\n\n");

        md.append("## Machine\n\n");
        Machine m = run.machine();
        md.append("| | |\n|---|---|\n");
        md.append(machineRows(m)).append("\n");
        md.append("The benchmark, the services, Keycloak and PostgreSQL share this machine unless the URLs below say "
                + "otherwise.\n\n");

        md.append("## Command\n\n```\n").append(run.command()).append("\n```\n\n");

        md.append("## Parameters\n\n| | |\n|---|---|\n");
        md.append("| file | `").append(HouseholdImport.FILE_NAME).append("`, ").append(count(r.fileBytes()))
                .append(" bytes, built in memory with Apache POI (XSSF), every cell text |\n");
        md.append("| rows | ").append(count(HouseholdImport.ROWS)).append(" after the header `")
                .append(String.join(",", HouseholdImport.HEADER)).append("` |\n");
        md.append("| households | village ").append(HouseholdImport.VILLAGE).append(" (朱沱镇第2村), head phone ")
                .append(HouseholdImport.PHONE).append(", one distinct head per row |\n");
        md.append("| head ID numbers | `").append(r.firstIdNumber()).append("` … `").append(r.lastIdNumber())
                .append("` (region ").append(HouseholdImport.REGION).append(", ").append(HouseholdImport.DAYS_PER_RUN)
                .append(" birth dates × sequences 000–999, chosen by the run's start minute) |\n");
        md.append("| mode | ").append(HouseholdImport.MODE).append(" |\n");
        md.append("| user | `").append(HouseholdImport.USER).append("` (civil-affairs, 朱沱镇 500118116000) |\n");
        md.append("| registry-service | ").append(c.registryUrl()).append(" |\n");
        md.append("| Keycloak | ").append(c.keycloakUrl()).append(" |\n");
        md.append("| polling | every ").append(HouseholdImport.POLL_EVERY.toMillis()).append(" ms, at most ")
                .append(HouseholdImport.GIVE_UP_AFTER.toMinutes()).append(" min |\n\n");

        md.append("## Figures\n\n");
        md.append("| upload → 202 | upload → DONE | rows/s | total | imported | invalid | polls |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        md.append("| ").append(seconds(r.acceptedNanos())).append(" | ").append(seconds(r.doneNanos())).append(" | ")
                .append(String.format(Locale.ROOT, "%,.0f", r.rowsPerSecond())).append(" | ")
                .append(count(r.total())).append(" | ").append(count(r.imported())).append(" | ")
                .append(count(r.invalid())).append(" | ").append(r.polls()).append(" |\n\n");
        md.append("Job: `").append(r.jobPath()).append("`.\n\n");
        if (!r.problems().isEmpty()) {
            md.append("The first rows of the job's report:\n\n```\n").append(String.join("\n", r.problems()))
                    .append("\n```\n\n");
        }

        md.append("## Method\n\n");
        md.append("- The file is built before the clock starts. \"upload → 202\" is from just before the multipart "
                + "request (form part `file`) is sent to the `202 Accepted` with its `Location`: the upload and the "
                + "server's parsing of the file (the rows are checked after the 202). \"upload → DONE\" runs from the "
                + "same start to the first poll of the `Location` that answers `status: DONE`, so it includes up to "
                + "one polling interval.\n");
        md.append("- rows/s is (imported + invalid) ÷ upload → DONE.\n");
        md.append("- A person can be registered only once, ever: each run uses ID numbers no earlier run used unless "
                + "two runs start in the same minute or a multiple of ").append(count(HouseholdImport.SLOTS))
                .append(" minutes apart; reused numbers show up as invalid rows above.\n");
        return md.toString();
    }
}
