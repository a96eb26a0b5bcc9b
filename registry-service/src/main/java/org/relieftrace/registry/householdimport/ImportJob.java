package org.relieftrace.registry.householdimport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relieftrace.registry.householdimport.HouseholdImportViews.ImportView;
import org.relieftrace.registry.householdimport.HouseholdImportViews.RowProblem;

/** The progress of one import, updated by the thread running it and read by whoever polls it. */
public final class ImportJob {

    /** RUNNING while rows are checked and sent, DONE when every row was handled. */
    public enum Status { RUNNING, DONE }

    private final UUID jobId;
    private final String ownerId;
    private final ImportMode mode;
    private final String file;
    private final int total;
    private final Instant started = Instant.now();
    private final List<RowProblem> report = new ArrayList<>();
    private final Set<Integer> invalidRows = new HashSet<>();
    private Status status = Status.RUNNING;
    private int done;
    private int imported;

    ImportJob(UUID jobId, String ownerId, ImportMode mode, String file, int total) {
        this.jobId = jobId;
        this.ownerId = ownerId;
        this.mode = mode;
        this.file = file;
        this.total = total;
    }

    UUID jobId() {
        return jobId;
    }

    String ownerId() {
        return ownerId;
    }

    Instant started() {
        return started;
    }

    synchronized boolean finished() {
        return status == Status.DONE;
    }

    synchronized void problems(List<RowProblem> problems) {
        report.addAll(problems);
        problems.forEach(p -> invalidRows.add(p.row()));
    }

    synchronized void progressed(int rows) {
        done += rows;
    }

    synchronized void importedOne() {
        imported++;
    }

    synchronized void finish() {
        done = total;
        status = Status.DONE;
    }

    /** A snapshot, its report ordered by row. */
    synchronized ImportView view() {
        List<RowProblem> sorted = new ArrayList<>(report);
        sorted.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportView(jobId, status, mode, file, total, done, imported, invalidRows.size(),
                List.copyOf(sorted));
    }
}
