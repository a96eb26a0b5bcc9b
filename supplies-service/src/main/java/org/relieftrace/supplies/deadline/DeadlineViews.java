package org.relieftrace.supplies.deadline;

import java.time.LocalDate;
import java.util.UUID;

/** 时限看板视图 — what the deadline board answers. */
public final class DeadlineViews {

    private DeadlineViews() {
    }

    /** What is due: a receipt's acceptance report, a dispatch's voucher, or goods still on the road. */
    public enum DueKind { ACCEPTANCE_REPORT, DISPATCH_VOUCHER, OVERDUE_IN_TRANSIT }

    /**
     * One thing due on the deadline board (时限看板): what, the receipt or transfer, its depot and division, since
     * when, when due, and whether it is overdue today.
     */
    public record Due(DueKind kind, UUID subjectId, UUID depotId, String division, LocalDate since, LocalDate due,
                      boolean overdue) {
    }
}
