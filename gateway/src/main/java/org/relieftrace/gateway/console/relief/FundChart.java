package org.relieftrace.gateway.console.relief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.StepChart;

import io.quarkus.qute.TemplateData;
import org.relieftrace.gateway.console.relief.FundViews.EntryView;

/**
 * 资金曲线 — a fund's money committed (by county approvals, less commitments given back) and paid (confirmed by the
 * bank) over time, as two step lines of an inline SVG. Built from the entries of the fund's ledger: each is one event
 * (the fund's own commitments, the payments' confirmations) at the time it was recorded, so the chart is the fund's
 * history replayed.
 */
@TemplateData
public record FundChart(String committedLine, String paidLine, List<Point> points, List<StepChart.Tick> yTicks,
                        String firstAt, String lastAt) {

    static final int WIDTH = StepChart.WIDTH;
    static final int HEIGHT = StepChart.HEIGHT;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    /** One change of either line. */
    @TemplateData
    public record Point(String at, String kind, String committed, String paid, double x, double yCommitted,
                        double yPaid) {
    }

    /** The chart of a ledger's entries (oldest first), or null when nothing was committed or paid yet. */
    static FundChart of(List<EntryView> entries) {
        List<Instant> times = new ArrayList<>();
        List<long[]> values = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        long committed = 0;
        long paid = 0;
        for (EntryView entry : entries) {
            long amount = entry.amountFen();
            String kind = entry.kind();
            switch (kind) {
                case "COMMITTED" -> committed += amount;
                case "RELEASED" -> committed -= amount;
                case "PAID" -> paid += amount;
                default -> {
                    continue;
                }
            }
            times.add(Instant.parse(entry.recordedAt()));
            values.add(new long[] {committed, paid});
            kinds.add(kind);
        }
        if (times.isEmpty()) {
            return null;
        }
        long top = StepChart.niceCeiling(Math.max(1, values.stream().mapToLong(v -> Math.max(v[0], v[1])).max()
                .orElse(1)));
        long start = times.get(0).toEpochMilli();
        // the last change at 95 % of the width, so that the lines' final level shows after it
        long span = Math.max(1, (times.get(times.size() - 1).toEpochMilli() - start) * 20 / 19);
        StringBuilder committedLine = new StringBuilder();
        StringBuilder paidLine = new StringBuilder();
        List<Point> points = new ArrayList<>();
        double[] previous = {y(0, top), y(0, top)};
        for (int i = 0; i < times.size(); i++) {
            double x = times.size() == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0
                    : LEFT + (WIDTH - LEFT - RIGHT) * (times.get(i).toEpochMilli() - start) / (double) span;
            double yc = y(values.get(i)[0], top);
            double yp = y(values.get(i)[1], top);
            step(committedLine, x, previous[0], yc);
            step(paidLine, x, previous[1], yp);
            previous[0] = yc;
            previous[1] = yp;
            points.add(new Point(times.get(i).toString(), kinds.get(i), Formats.yuan(values.get(i)[0]),
                    Formats.yuan(values.get(i)[1]), x, yc, yp));
        }
        committedLine.append(fmt(WIDTH - RIGHT)).append(',').append(fmt(previous[0]));
        paidLine.append(fmt(WIDTH - RIGHT)).append(',').append(fmt(previous[1]));
        List<StepChart.Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            ticks.add(new StepChart.Tick(y(value, top), Formats.yuan(value)));
        }
        return new FundChart(committedLine.toString(), paidLine.toString(), points, ticks,
                times.get(0).toString(), times.get(times.size() - 1).toString());
    }

    private static void step(StringBuilder line, double x, double fromY, double toY) {
        line.append(fmt(x)).append(',').append(fmt(fromY)).append(' ').append(fmt(x)).append(',').append(fmt(toY))
                .append(' ');
    }

    private static double y(long fen, long top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - fen / (double) top);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
