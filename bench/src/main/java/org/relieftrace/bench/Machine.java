package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run was measured on, as the report states it: processors, memory, CPU model, operating system and
 * the Java runtime. Read from {@code /proc} and {@code /etc/os-release} where they exist.
 *
 * @param processors processors available to this JVM (what {@code nproc} prints)
 * @param memory     total memory, from {@code /proc/meminfo}
 * @param cpuModel   the {@code model name} of {@code /proc/cpuinfo}
 * @param os         distribution, kernel and architecture
 * @param java       runtime version and vendor
 */
public record Machine(int processors, String memory, String cpuModel, String os, String java) {

    /** This machine. */
    public static Machine current() {
        String memory = firstField(Path.of("/proc/meminfo"), "MemTotal", ':')
                .map(Machine::kibToGib).orElse("unknown");
        String cpu = firstField(Path.of("/proc/cpuinfo"), "model name", ':').orElse(System.getProperty("os.arch"));
        String distribution = firstField(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(s -> s.replace("\"", "")).orElse(System.getProperty("os.name"));
        String os = distribution + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + System.getProperty("os.arch") + ")";
        String java = Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu, os, java);
    }

    /** The load averages over 1, 5 and 15 minutes ({@code /proc/loadavg}), or "unknown". */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstField(Path file, String key, char separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int sep = line.indexOf(separator);
                if (sep > 0 && line.substring(0, sep).strip().equals(key)) {
                    return Optional.of(line.substring(sep + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: the caller says "unknown"
        }
        return Optional.empty();
    }

    private static String kibToGib(String memTotal) {
        try {
            long kib = Long.parseLong(memTotal.replace("kB", "").strip());
            return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return memTotal;
        }
    }
}
