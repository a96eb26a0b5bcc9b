package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the machine's 1-minute load average ({@code /proc/loadavg}) once a second while it runs, keeping the lowest
 * and the highest seen: the payout benchmark shares its machine with other work, and says how busy it was.
 */
final class LoadSampler implements AutoCloseable {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private final Thread thread;
    private volatile double min = Double.NaN;
    private volatile double max = Double.NaN;

    /** Starts sampling. */
    LoadSampler() {
        sample();
        thread = Thread.ofPlatform().daemon().name("load-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        });
    }

    private synchronized void sample() {
        double now = now();
        if (Double.isNaN(now)) {
            return;
        }
        min = Double.isNaN(min) ? now : Math.min(min, now);
        max = Double.isNaN(max) ? now : Math.max(max, now);
    }

    /** The 1-minute load average now, or NaN where the system does not tell. */
    static double now() {
        try {
            return Double.parseDouble(Files.readString(LOADAVG).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    @Override
    public void close() {
        thread.interrupt();
        sample();
    }
}
