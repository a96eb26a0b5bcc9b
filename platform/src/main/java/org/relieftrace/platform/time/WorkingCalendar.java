package org.relieftrace.platform.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.relieftrace.platform.domain.HolidayCalendar;
import org.relieftrace.platform.domain.WorkingDays;

/**
 * 工作日历 — at start-up, before any deadline is counted, lays the file named by {@code relief.calendar.extra-file}
 * (the holidays and make-up working days of years announced after this build, same form as the shipped
 * {@code calendar/cn-holidays.csv}) over the shipped calendar and has {@link WorkingDays} count with the result. A file
 * that is named but missing or malformed stops the start: deadlines counted on a wrong calendar are worse than none.
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

    @ConfigProperty(name = "relief.calendar.extra-file")
    Optional<String> extraFile;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        HolidayCalendar calendar = load(HolidayCalendar.shipped(), extraFile);
        WorkingDays.use(calendar);
        LOG.infof("working days counted with the holiday calendar up to %d%s", calendar.lastYear(),
                extraFile.map(file -> " (with " + file + ")").orElse(""));
    }

    /** The shipped calendar with the extra file, if one is named, laid over it. */
    static HolidayCalendar load(HolidayCalendar shipped, Optional<String> extraFile) {
        if (extraFile.isEmpty() || extraFile.get().isBlank()) {
            return shipped;
        }
        Path file = Path.of(extraFile.get().strip());
        try {
            return shipped.with(HolidayCalendar.parse(file.toString(), Files.readAllLines(file,
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("relief.calendar.extra-file " + file + " cannot be read", e);
        }
    }
}
