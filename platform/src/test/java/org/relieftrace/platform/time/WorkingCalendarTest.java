package org.relieftrace.platform.time;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.relieftrace.platform.domain.HolidayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    @Test
    void theExtraFileIsLaidOverTheShippedCalendar(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("cn-holidays-2027.csv"), List.of("2027-01-01,holiday"));
        HolidayCalendar calendar = WorkingCalendar.load(HolidayCalendar.shipped(), Optional.of(file.toString()));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(WorkingCalendar.load(HolidayCalendar.shipped(), Optional.empty())
                .isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void aNamedFileThatIsMissingStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkingCalendar.load(HolidayCalendar.shipped(),
                Optional.of(dir.resolve("missing.csv").toString())))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("relief.calendar.extra-file");
    }
}
