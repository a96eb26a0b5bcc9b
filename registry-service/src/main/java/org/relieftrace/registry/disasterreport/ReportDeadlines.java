package org.relieftrace.registry.disasterreport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * 报送时限 — when a township's reports on a form are due, the one place that says so (defaults from the
 * 自然灾害情况统计调查制度, 应急〔2020〕19号; see docs/statistics.md): the 初报 within {@code initialWithin} of the disaster's
 * start (2 hours); while the response lasts, a 续报 every day by {@code followUpBy} Beijing time (09:00) after the day
 * of the latest report; once the response ended (灾情稳定), the 核报 within {@code verifiedWithinDays} days (5).
 */
public record ReportDeadlines(Duration initialWithin, LocalTime followUpBy, int verifiedWithinDays) {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The national defaults. */
    public static final ReportDeadlines NATIONAL = new ReportDeadlines(Duration.ofHours(2), LocalTime.of(9, 0), 5);

    /** A form's series of one township as the read model shows it: when each kind was first and last filed. */
    public record Filed(Instant initialAt, Instant latestAt, Instant verifiedAt) {
    }

    /** The due moments of one series and whether each is overdue at {@code now}; null where nothing is due. */
    public record Due(Instant initialDue, boolean initialOverdue, Instant followUpDue, boolean followUpOverdue,
                      Instant verifiedDue, boolean verifiedOverdue) {
    }

    /** The deadlines of a series of a disaster that began at {@code startedAt} and ended at {@code endedAt}. */
    public Due of(Instant startedAt, Instant endedAt, Filed filed, Instant now) {
        Instant initialDue = startedAt.plus(initialWithin);
        boolean initialOverdue = filed.initialAt() == null ? now.isAfter(initialDue)
                : filed.initialAt().isAfter(initialDue);
        Instant followUpDue = null;
        if (filed.initialAt() != null && filed.verifiedAt() == null && endedAt == null) {
            followUpDue = filed.latestAt().atZone(BEIJING).toLocalDate().plusDays(1).atTime(followUpBy)
                    .atZone(BEIJING).toInstant();
        }
        Instant verifiedDue = endedAt == null ? null : endedAt.plus(Duration.ofDays(verifiedWithinDays));
        boolean verifiedOverdue = verifiedDue != null && (filed.verifiedAt() == null ? now.isAfter(verifiedDue)
                : filed.verifiedAt().isAfter(verifiedDue));
        return new Due(initialDue, initialOverdue, followUpDue, followUpDue != null && now.isAfter(followUpDue),
                verifiedDue, verifiedOverdue);
    }
}
