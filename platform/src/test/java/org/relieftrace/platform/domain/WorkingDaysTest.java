package org.relieftrace.platform.domain;

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
}
