package org.relieftrace.supplies.deadline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting deadlines count the configured working days; the defaults are the reserve rules' 5 and 2. */
class ReportDeadlinesTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 7, 17);

    @Test
    void theDefaultsAreFiveWorkingDaysForAcceptanceAndTwoForTheVoucher() {
        ReportDeadlines rules = new ReportDeadlines(periods(5, 2));
        assertThat(rules.acceptanceDue(FRIDAY)).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(rules.voucherDue(FRIDAY)).isEqualTo(LocalDate.of(2026, 7, 21));
    }

    @Test
    void otherConfiguredPeriodsCountWorkingDaysToo() {
        ReportDeadlines rules = new ReportDeadlines(periods(7, 3));
        assertThat(rules.acceptanceDue(FRIDAY)).isEqualTo(LocalDate.of(2026, 7, 28));
        assertThat(rules.voucherDue(FRIDAY)).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(rules.voucherDue(null)).isNull();
    }

    private static ReportDeadlines.Settings periods(int acceptance, int voucher) {
        return new ReportDeadlines.Settings() {
            @Override
            public int acceptanceReportDays() {
                return acceptance;
            }

            @Override
            public int dispatchVoucherDays() {
                return voucher;
            }
        };
    }
}
