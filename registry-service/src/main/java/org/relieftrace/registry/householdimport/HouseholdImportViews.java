package org.relieftrace.registry.householdimport;

import java.util.List;
import java.util.UUID;

/** What the household import endpoints answer. */
public final class HouseholdImportViews {

    private HouseholdImportViews() {
    }

    /**
     * 导入进度 — where an import stands: {@code total} data rows, {@code done} of them checked and (if valid) sent,
     * {@code imported} households registered, {@code invalid} rows refused, and the report naming those rows.
     */
    public record ImportView(UUID jobId, ImportJob.Status status, ImportMode mode, String file, int total, int done,
                             int imported, int invalid, List<RowProblem> report) {
    }

    /**
     * One entry of an import report: the row (1-based, header = 1), the column at fault ({@code null} when the row
     * as a whole was refused while importing it) and what is wrong, in English.
     */
    public record RowProblem(int row, String field, String message) {
    }
}
