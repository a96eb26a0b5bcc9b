package org.relieftrace.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where Debian's {@code chromium} and {@code chromedriver} are: {@code RELIEF_CHROMIUM} / {@code RELIEF_CHROMEDRIVER}
 * when set, else {@code /usr/bin}. {@code ./relief test} installs both (as root) when they are missing; without them
 * the browser tests fail and say so — they never skip.
 */
record Chromium(Path browser, Path driver) {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/lib/chromium/chromium"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));

    /** The installed browser and driver, or a failure that names what is missing and how to get it. */
    static Chromium find() {
        Optional<Path> browser = pick("RELIEF_CHROMIUM", BROWSERS);
        Optional<Path> driver = pick("RELIEF_CHROMEDRIVER", DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver"
                    + " packages (missing: " + (browser.isEmpty() ? "chromium " : "")
                    + (driver.isEmpty() ? "chromedriver" : "") + "). Run ./relief test as root, which installs"
                    + " them, or: apt-get install -y chromium chromium-driver; or point RELIEF_CHROMIUM and"
                    + " RELIEF_CHROMEDRIVER at the binaries.");
        }
        return new Chromium(browser.get(), driver.get());
    }

    private static Optional<Path> pick(String variable, List<Path> candidates) {
        String set = System.getenv(variable);
        if (set != null && !set.isBlank()) {
            Path path = Path.of(set);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
