package org.relieftrace.platform.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * 工作日 — deadlines counted in working days (Monday to Friday): in supplies the acceptance report of new stock
 * within 5 and the dispatch voucher within 2, in relief the payout within 8 of the approval.
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
