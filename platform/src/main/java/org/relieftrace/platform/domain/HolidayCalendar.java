package org.relieftrace.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 节假日安排 — the days that break the week's rhythm: public holidays (放假, no work even on a weekday) and make-up
 * working days (调休上班, work even on a Saturday or Sunday), as the State Council announces them each year. Read from
 * lines {@code date,kind} ({@code 2026-02-16,holiday}, {@code 2026-02-14,workday}); blank lines and lines starting
 * with {@code #} are skipped. The calendar shipped with the platform ({@code calendar/cn-holidays.csv}) holds the
 * years announced when it was built; a later year comes as a file of the same form laid over it ({@link #with}).
 */
public final class HolidayCalendar {

    /** What a listed day is. */
    public enum Kind { HOLIDAY, WORKDAY }

    /** Where the shipped calendar lies on the class path. */
    public static final String SHIPPED = "calendar/cn-holidays.csv";

    private final Map<LocalDate, Kind> days;

    private HolidayCalendar(Map<LocalDate, Kind> days) {
        this.days = Map.copyOf(days);
    }

    /** The calendar shipped with the platform. */
    public static HolidayCalendar shipped() {
        try (InputStream in = HolidayCalendar.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the holiday calendar " + SHIPPED + " is missing from the class path");
            }
            return parse(SHIPPED, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar the lines describe; a malformed line is refused naming {@code source} and the line number. */
    public static HolidayCalendar parse(String source, List<String> lines) {
        Map<LocalDate, Kind> days = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",", -1);
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("expected date,kind");
                }
                days.put(LocalDate.parse(parts[0].strip()), Kind.valueOf(parts[1].strip().toUpperCase()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": \"" + line + "\" is not"
                        + " date,kind with a date yyyy-MM-dd and a kind holiday or workday", e);
            }
        }
        return new HolidayCalendar(days);
    }

    /** This calendar with the days of {@code later} added; where both list a day, {@code later} decides. */
    public HolidayCalendar with(HolidayCalendar later) {
        Map<LocalDate, Kind> merged = new TreeMap<>(days);
        merged.putAll(later.days);
        return new HolidayCalendar(merged);
    }

    /** Whether people work on {@code day}: a listed day as listed, any other Monday to Friday. */
    public boolean isWorkingDay(LocalDate day) {
        Kind kind = days.get(day);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The last year with a listed day (the calendar knows the holidays up to that year), 0 when none is listed. */
    public int lastYear() {
        return days.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(0);
    }
}
