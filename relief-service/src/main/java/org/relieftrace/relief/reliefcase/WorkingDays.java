package org.relieftrace.relief.reliefcase;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** 工作日 — Monday to Friday; the payout deadline counts these. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
