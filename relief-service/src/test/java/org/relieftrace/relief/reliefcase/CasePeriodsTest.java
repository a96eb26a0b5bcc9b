package org.relieftrace.relief.reliefcase;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A province (or any division) may set its own minimum notice period; the longest matching code prefix wins. */
class CasePeriodsTest {

    private static CasePeriods configured(Map<String, Integer> byDivision) {
        return new CasePeriods() {
            @Override
            public int noticeMinDays() {
                return 7;
            }

            @Override
            public Map<String, Integer> noticeMinDaysIn() {
                return byDivision;
            }

            @Override
            public int reviewDays() {
                return 10;
            }

            @Override
            public int approvalDays() {
                return 10;
            }

            @Override
            public int payoutWorkingDays() {
                return 8;
            }
        };
    }

    @Test
    void theLongestMatchingDivisionPrefixSetsTheMinimumElseTheDefault() {
        CasePeriods periods = configured(Map.of("50", 10, "500118", 14));
        assertThat(periods.noticeMinDays("500118116201")).isEqualTo(14);
        assertThat(periods.noticeMinDays("500101001001")).isEqualTo(10);
        assertThat(periods.noticeMinDays("510104001001")).isEqualTo(7);
        assertThat(configured(Map.of()).noticeMinDays("500118116201")).isEqualTo(7);
    }
}
