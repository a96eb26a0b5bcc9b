package org.relieftrace.platform.domain;

import java.time.LocalDate;

/**
 * 工作日 — deadlines counted in working days: Monday to Friday, less the public holidays and plus the make-up
 * working days (调休) of the {@link HolidayCalendar} — in supplies the acceptance report of new stock within 5 and the
 * dispatch voucher within 2, in relief the payout within 8 of the approval. The calendar is the shipped one until a
 * service lays a later year's file over it at start-up ({@link #use}).
 */
public final class WorkingDays {

    private static volatile HolidayCalendar calendar = HolidayCalendar.shipped();

    private WorkingDays() {
    }

    /** Counts from now on with {@code calendar} (a service's, read at start-up). */
    public static void use(HolidayCalendar calendar) {
        WorkingDays.calendar = calendar;
    }

    /** The calendar days are counted with. */
    public static HolidayCalendar calendar() {
        return calendar;
    }

    /** Whether {@code day} is a working day. */
    public static boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** The day {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        HolidayCalendar counting = calendar;
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (counting.isWorkingDay(day)) {
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
