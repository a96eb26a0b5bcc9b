package org.relieftrace.gateway.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

/**
 * A quantity over time as an inline SVG step line — what a stock curve (库存曲线) and a shelter's occupancy
 * (安置人数变化) draw: each change holds until the next, the time axis runs from the first change to the last, the
 * quantity axis from 0 to a round ceiling with five labelled lines.
 */
@TemplateData
public record StepChart(List<Point> points, String polyline, long max, String firstAt, String lastAt,
                        List<Tick> yTicks) {

    /** Plot area inside the SVG view box (0 0 {@value #WIDTH} {@value #HEIGHT}). */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 300;
    public static final int LEFT = 60;
    public static final int RIGHT = 20;
    public static final int TOP = 20;
    public static final int BOTTOM = 40;

    /** One change: when, the quantity after it, what it was, and where it lies in the plot. */
    @TemplateData
    public record Point(String at, long quantity, String event, double x, double y) {
    }

    /** A labelled line of the quantity axis. */
    @TemplateData
    public record Tick(double y, String label) {
    }

    /** The chart of the changes {@code times[i]} → {@code quantities[i]} named {@code events[i]}, oldest first. */
    public static StepChart of(List<Instant> times, List<Long> quantities, List<String> events) {
        long max = Math.max(1, quantities.stream().mapToLong(Long::longValue).max().orElse(0));
        long top = niceCeiling(max);
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        if (!times.isEmpty()) {
            long start = times.get(0).toEpochMilli();
            long span = Math.max(1, times.get(times.size() - 1).toEpochMilli() - start);
            double previousY = y(0, top);
            for (int i = 0; i < times.size(); i++) {
                double x = times.size() == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0
                        : LEFT + (WIDTH - LEFT - RIGHT) * (times.get(i).toEpochMilli() - start) / (double) span;
                double y = y(quantities.get(i), top);
                line.append(fmt(x)).append(',').append(fmt(previousY)).append(' ')
                        .append(fmt(x)).append(',').append(fmt(y)).append(' ');
                previousY = y;
                points.add(new Point(times.get(i).toString(), quantities.get(i), events.get(i), x, y));
            }
            line.append(fmt(WIDTH - RIGHT)).append(',').append(fmt(previousY));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            ticks.add(new Tick(y(value, top), Long.toString(value)));
        }
        return new StepChart(points, line.toString().strip(), max,
                times.isEmpty() ? "" : times.get(0).toString(),
                times.isEmpty() ? "" : times.get(times.size() - 1).toString(), ticks);
    }

    /** The smallest of 1, 2, 5 × 10^n not below the value. */
    public static long niceCeiling(long value) {
        long magnitude = 1;
        while (magnitude * 10 <= value) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double y(long quantity, long top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - quantity / (double) top);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
