package org.relieftrace.bench;

/**
 * Percentiles of a sorted sample by the nearest-rank method: the p-th percentile is the smallest sample such that at
 * least p % of the samples are less than or equal to it. No interpolation, so every figure reported was observed.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * A summary of latencies, in nanoseconds.
     *
     * @param count how many samples
     * @param p50   median
     * @param p90   90th percentile
     * @param p99   99th percentile
     * @param p999  99.9th percentile
     * @param max   the largest sample
     */
    public record Summary(int count, long p50, long p90, long p99, long p999, long max) {

        /** The summary of no samples: all zero. */
        public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0);
    }

    /**
     * The p-th percentile of {@code sorted} (ascending), by nearest rank.
     *
     * @param sorted samples, sorted ascending, at least one
     * @param p      the percentile, in (0, 100]
     * @return the sample at rank ⌈p/100 · n⌉
     * @throws IllegalArgumentException for no samples or p outside (0, 100]
     */
    public static long of(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        // a tiny tolerance so that e.g. 99.9 % of 1000 samples is rank 999, not 1000 through rounding of 99.9/100
        long rank = (long) Math.ceil(p / 100.0 * sorted.length - 1e-9);
        return sorted[(int) Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** p50, p90, p99, p99.9 and max of {@code sorted} (ascending); {@link Summary#EMPTY} for no samples. */
    public static Summary summarize(long[] sorted) {
        if (sorted.length == 0) {
            return Summary.EMPTY;
        }
        return new Summary(sorted.length, of(sorted, 50), of(sorted, 90), of(sorted, 99), of(sorted, 99.9),
                sorted[sorted.length - 1]);
    }
}
