package org.relieftrace.platform.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    @Test
    void deadlinesSkipTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 7, 17);
        assertThat(WorkingDays.after(friday, 2)).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(WorkingDays.after(friday, 5)).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(WorkingDays.after(LocalDate.of(2026, 7, 20), 5)).isEqualTo(LocalDate.of(2026, 7, 27));
    }

    @Test
    void springFestivalDaysAreNotWorkingDaysEvenFromMondayToFriday() {
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23));
             day = day.plusDays(1)) {
            assertThat(WorkingDays.isWorkingDay(day)).as("%s", day).isFalse();
        }
        for (LocalDate day = LocalDate.of(2025, 1, 28); !day.isAfter(LocalDate.of(2025, 2, 4)); day = day.plusDays(1)) {
            assertThat(WorkingDays.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(LocalDate.of(2026, 2, 16).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    }

    @Test
    void aMakeUpSaturdayOrSundayIsAWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(WorkingDays.isWorkingDay(saturday)).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse();
    }

    @Test
    void deadlinesCountAcrossAHolidayWithItsMakeUpDays() {
        // Friday before the Spring Festival: Saturday 14 is worked, 15–23 are off
        assertThat(WorkingDays.after(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        // National Day 2025: 1–8 October off, Saturday 11 worked
        assertThat(WorkingDays.after(LocalDate.of(2025, 9, 30), 5)).isEqualTo(LocalDate.of(2025, 10, 14));
        // a payout within 8 working days of an approval on the eve of Labour Day 2026 (Saturday 9 May worked)
        assertThat(WorkingDays.after(LocalDate.of(2026, 4, 30), 8)).isEqualTo(LocalDate.of(2026, 5, 14));
        // New Year 2026: 1–3 January off, Sunday 4 worked
        assertThat(WorkingDays.after(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
    }
}
