package org.relieftrace.supplies.stock;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * 工作日 — the reporting deadlines of the reserve rules count working days (Monday to Friday): acceptance of new stock
 * within 5, dispatch vouchers within 2.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** True when the report due on {@code due} is still missing after that day. */
    public static boolean overdue(LocalDate due, boolean filed, LocalDate today) {
        return !filed && due != null && today.isAfter(due);
    }
}
