package org.relieftrace.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Outcomes of requests other than the expected one, counted by status ({@code HTTP 409}, {@code IOException}, ...),
 * and the first such answer kept in full for the report. One per thread while measuring, merged afterwards; the first
 * error is shared.
 */
public final class Tally {

    private final Map<String, Long> counts = new TreeMap<>();
    private final AtomicReference<String> firstError;

    /** A tally that records the first error into {@code firstError} (shared between threads). */
    public Tally(AtomicReference<String> firstError) {
        this.firstError = firstError;
    }

    /** Counts one unexpected outcome; remembers {@code detail} if it is the first of the run. */
    public void count(String outcome, String detail) {
        counts.merge(outcome, 1L, Long::sum);
        remember(outcome, detail);
    }

    /** Remembers {@code detail} if it is the first unexpected answer of the run, without counting it. */
    public void remember(String outcome, String detail) {
        firstError.compareAndSet(null, outcome + ": " + Http.abbreviate(detail, 1000));
    }

    /** Adds another thread's counts to these. */
    public void addAll(Tally other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    }

    /** The counts, by outcome. */
    public Map<String, Long> counts() {
        return new TreeMap<>(counts);
    }

    /** How many unexpected outcomes in all. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first unexpected answer of the run, or null. */
    public String firstError() {
        return firstError.get();
    }
}
