package org.relieftrace.platform.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    @Test
    void theShippedCalendarKnowsTheAnnouncedDaysOf2025And2026() {
        HolidayCalendar shipped = HolidayCalendar.shipped();
        assertThat(shipped.lastYear()).isEqualTo(2026);
        List<LocalDate> offOnWeekdays = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 4),
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 10, 8),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 7));
        assertThat(offOnWeekdays).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(shipped.isWorkingDay(day)).as("%s", day).isFalse();
        });
        List<LocalDate> workedWeekends = List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
                LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11),
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(workedWeekends).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(shipped.isWorkingDay(day)).as("%s", day).isTrue();
        });
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void aLaterFileAddsItsYearAndOverridesWhatItListsAgain() {
        HolidayCalendar later = HolidayCalendar.parse("extra.csv", List.of("# 2027", "", "2027-01-01,holiday",
                " 2027-02-20 , WORKDAY ", "2026-10-10,holiday"));
        HolidayCalendar calendar = HolidayCalendar.shipped().with(later);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.lastYear()).isEqualTo(2027);
    }

    @Test
    void aMalformedLineIsRefusedNamingTheFileAndLine() {
        assertThatThrownBy(() -> HolidayCalendar.parse("extra.csv",
                List.of("2027-01-01,holiday", "2027-02-30,holiday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra.csv line 2");
        assertThatThrownBy(() -> HolidayCalendar.parse("extra.csv", List.of("2027-01-01,day-off")))
                .hasMessageContaining("extra.csv line 1");
        assertThatThrownBy(() -> HolidayCalendar.parse("extra.csv", List.of("2027-01-01")))
                .hasMessageContaining("extra.csv line 1");
    }
}
