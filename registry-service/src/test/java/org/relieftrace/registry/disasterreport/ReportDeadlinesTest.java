package org.relieftrace.registry.disasterreport;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.relieftrace.registry.disasterreport.ReportDeadlines.Due;
import org.relieftrace.registry.disasterreport.ReportDeadlines.Filed;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDeadlinesTest {

    private static final Instant START = Instant.parse("2026-07-10T00:00:00Z"); // 08:00 in Beijing
    private static final ReportDeadlines RULE = ReportDeadlines.NATIONAL;

    @Test
    void theInitialReportIsDueTwoHoursAfterTheStartAndOverdueWhileMissing() {
        Due due = RULE.of(START, null, new Filed(null, null, null), Instant.parse("2026-07-10T02:30:00Z"));
        assertThat(due.initialDue()).isEqualTo(Instant.parse("2026-07-10T02:00:00Z"));
        assertThat(due.initialOverdue()).isTrue();
        assertThat(due.followUpDue()).isNull();
        assertThat(due.verifiedDue()).isNull();
    }

    @Test
    void aFollowUpIsDueByNineTheMorningAfterTheLatestReportWhileTheResponseLasts() {
        Instant initial = Instant.parse("2026-07-10T01:00:00Z");
        Due due = RULE.of(START, null, new Filed(initial, initial, null), Instant.parse("2026-07-11T00:30:00Z"));
        assertThat(due.initialOverdue()).isFalse();
        assertThat(due.followUpDue()).isEqualTo(Instant.parse("2026-07-11T01:00:00Z"));
        assertThat(due.followUpOverdue()).isFalse();
        Due late = RULE.of(START, null, new Filed(initial, initial, null), Instant.parse("2026-07-11T01:30:00Z"));
        assertThat(late.followUpOverdue()).isTrue();
    }

    @Test
    void theVerifiedReportIsDueFiveDaysAfterTheEndAndNoFollowUpAfterIt() {
        Instant initial = Instant.parse("2026-07-10T01:00:00Z");
        Instant end = Instant.parse("2026-07-20T00:00:00Z");
        Due open = RULE.of(START, end, new Filed(initial, initial, null), Instant.parse("2026-07-26T00:00:00Z"));
        assertThat(open.followUpDue()).isNull();
        assertThat(open.verifiedDue()).isEqualTo(Instant.parse("2026-07-25T00:00:00Z"));
        assertThat(open.verifiedOverdue()).isTrue();
        Instant verified = Instant.parse("2026-07-22T00:00:00Z");
        Due closed = RULE.of(START, end, new Filed(initial, verified, verified),
                Instant.parse("2026-07-26T00:00:00Z"));
        assertThat(closed.verifiedOverdue()).isFalse();
        assertThat(closed.followUpDue()).isNull();
    }
}
