package org.relieftrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, Percentiles.of(sorted, 50));
        assertEquals(90, Percentiles.of(sorted, 90));
        assertEquals(99, Percentiles.of(sorted, 99));
        assertEquals(100, Percentiles.of(sorted, 99.9));
        assertEquals(100, Percentiles.of(sorted, 100));
        assertEquals(1, Percentiles.of(sorted, 0.5));
    }

    @Test
    void nearestRankOnThousandDoesNotRoundUp() {
        long[] sorted = LongStream.rangeClosed(1, 1000).toArray();
        assertEquals(999, Percentiles.of(sorted, 99.9));
        assertEquals(990, Percentiles.of(sorted, 99));
        assertEquals(500, Percentiles.of(sorted, 50));
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles.Summary summary = Percentiles.summarize(new long[] {7});
        assertEquals(new Percentiles.Summary(1, 7, 7, 7, 7, 7), summary);
    }

    @Test
    void noSamplesSummarizeToEmptyAndRejectAPercentile() {
        assertEquals(Percentiles.Summary.EMPTY, Percentiles.summarize(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, 101));
    }

    @Test
    void samplesMergeSorted() {
        Samples a = new Samples(1);
        Samples b = new Samples(1);
        for (long v : new long[] {5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18}) {
            a.add(v);
        }
        b.add(0);
        long[] merged = Samples.mergeSorted(List.of(a, b));
        assertEquals(19, merged.length);
        for (int i = 0; i < merged.length; i++) {
            assertEquals(i, merged[i]);
        }
    }
}
