package org.relieftrace.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * A growable array of {@code long} latencies in nanoseconds, one per thread while measuring (not thread-safe), merged
 * afterwards. Boxing-free, so recording a sample does not disturb what is measured.
 */
public final class Samples {

    private long[] values;
    private int size;

    /** An empty list with room for {@code capacity} samples before it grows. */
    public Samples(int capacity) {
        values = new long[Math.max(16, capacity)];
    }

    /** Adds one sample. */
    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    /** How many samples. */
    public int size() {
        return size;
    }

    /** The samples of all these lists, sorted ascending. */
    public static long[] mergeSorted(Collection<Samples> parts) {
        int total = 0;
        for (Samples part : parts) {
            total += part.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (Samples part : parts) {
            System.arraycopy(part.values, 0, all, at, part.size);
            at += part.size;
        }
        Arrays.sort(all);
        return all;
    }
}
