package org.relieftrace.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 北京时间 — the one clock of a service. Times are stored as UTC instants; dates a user sees and deadlines count in
 * Asia/Shanghai. Inject {@link Clock} (or this bean) instead of calling {@code LocalDate.now(...)}: a test, a demo or a
 * replay sets the moment with {@code relief.clock.fixed} (an ISO instant) and every date in the service follows.
 */
@ApplicationScoped
public class BeijingTime {

    /** The zone every date of the system is counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    BeijingTime(@ConfigProperty(name = "relief.clock.fixed") Optional<Instant> fixed) {
        this.clock = fixed.map(at -> Clock.fixed(at, ZONE)).orElseGet(() -> Clock.system(ZONE));
    }

    /** The service's clock, in Asia/Shanghai. */
    @Produces
    @Singleton
    Clock clock() {
        return clock;
    }

    /** Now, as an instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Today's date in Beijing. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date in Beijing of an instant. */
    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
