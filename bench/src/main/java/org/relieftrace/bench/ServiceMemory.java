package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The resident memory (VmRSS) of each Java process the launcher started, found by the pid files in the state
 * folder's {@code run/} ({@code RELIEF_STATE_DIR}, default {@code .relief}): the services and the gateway, each by its
 * file's name. PostgreSQL (many processes) and Keycloak (not ours) are left out. Empty where {@code /proc} is not.
 */
final class ServiceMemory {

    private static final Set<String> NOT_OURS = Set.of("postgres", "keycloak");

    private final Path run;

    ServiceMemory(Map<String, String> env) {
        this.run = Path.of(env.getOrDefault("RELIEF_STATE_DIR", ".relief")).resolve("run");
    }

    /** Resident memory in KiB, by process name (e.g. {@code supplies}), of those running now. */
    Map<String, Long> residentKib() {
        Map<String, Long> resident = new TreeMap<>();
        if (!Files.isDirectory(run)) {
            return resident;
        }
        try (Stream<Path> files = Files.list(run)) {
            files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                if (!NOT_OURS.contains(name)) {
                    rss(file).ifPresent(kib -> resident.put(name, kib));
                }
            });
        } catch (IOException e) {
            return resident;
        }
        return resident;
    }

    private static java.util.Optional<Long> rss(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return java.util.Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not running, or no /proc: nothing to report for it
        }
        return java.util.Optional.empty();
    }
}
