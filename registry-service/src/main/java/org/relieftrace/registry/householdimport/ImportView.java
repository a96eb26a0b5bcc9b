package org.relieftrace.registry.householdimport;

import java.util.List;
import java.util.UUID;

/**
 * Where an import stands: {@code total} data rows, {@code done} of them checked and (if valid) sent,
 * {@code imported} households registered, {@code invalid} rows refused, and the report naming those rows.
 */
public record ImportView(UUID jobId, ImportJob.Status status, ImportMode mode, String file, int total, int done,
                         int imported, int invalid, List<RowProblem> report) {
}
