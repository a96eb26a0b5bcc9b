package org.relieftrace.gateway.console.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 库存曲线 — an item's quantity on hand in one depot over time, replayed from the depot's stock book
 * ({@code DepotStock}) history, drawn as an inline SVG step line. A movement event adds or takes away its quantity by
 * its name: receipts and goods arriving by transfer add; issues on dispatch, distributions and write-offs take
 * away; a stocktake adjustment adds its signed delta. Further movement events of the stock book need a line in
 * {@link #signOf(String)}.
 */
@TemplateData
public record StockChart(String itemCode, List<Point> points, String polyline, long max, String firstAt,
                         String lastAt, List<Tick> yTicks) {

    /** Plot area inside the SVG view box (0 0 {@value #WIDTH} {@value #HEIGHT}). */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 300;
    static final int LEFT = 60;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    /** One change: when, the quantity after it, and where it lies in the plot. */
    @TemplateData
    public record Point(String at, long quantity, String event, double x, double y) {
    }

    /** A labelled line of the quantity axis. */
    @TemplateData
    public record Tick(double y, String label) {
    }

    /** The chart of one item from a depot's stock-book events (oldest first). */
    public static StockChart of(String itemCode, List<AuditViews.EventView> events) {
        List<Instant> times = new ArrayList<>();
        List<Long> quantities = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long onHand = 0;
        for (AuditViews.EventView event : events) {
            String name = event.name();
            long delta = delta(name, event.payload(), itemCode);
            if (delta == 0) {
                continue;
            }
            onHand += delta;
            times.add(Instant.parse(event.timestamp()));
            quantities.add(onHand);
            names.add(name);
        }
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
                points.add(new Point(times.get(i).toString(), quantities.get(i), names.get(i), x, y));
            }
            line.append(fmt(WIDTH - RIGHT)).append(',').append(fmt(previousY));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            ticks.add(new Tick(y(value, top), Long.toString(value)));
        }
        return new StockChart(itemCode, points, line.toString().strip(), max,
                times.isEmpty() ? "" : times.get(0).toString(),
                times.isEmpty() ? "" : times.get(times.size() - 1).toString(), ticks);
    }

    /**
     * How an event changes the item's quantity on hand, by the stock book's own fields: a receipt's
     * {@code quantity}; the lots of an issue on dispatch ({@code ReservationIssued}) or of a distribution; the
     * {@code received} quantity of each lot that arrived by transfer; a write-off's {@code quantity}; a stocktake
     * adjustment's signed {@code delta}. A reservation only sets goods aside and changes nothing on hand.
     */
    static long delta(String eventName, JsonNode payload, String itemCode) {
        int sign = signOf(eventName);
        if (sign == 0) {
            return 0;
        }
        long quantity = 0;
        if (itemCode.equals(payload.path("itemCode").asText())) {
            quantity += payload.has("delta") ? payload.path("delta").asLong() : payload.path("quantity").asLong();
        }
        for (String list : new String[] {"lots", "lines"}) {
            for (JsonNode lot : payload.path(list)) {
                if (lot.has("source") && itemCode.equals(lot.path("source").path("itemCode").asText())) {
                    quantity += lot.path("received").asLong();
                } else if (itemCode.equals(lot.path("itemCode").asText())) {
                    quantity += lot.path("quantity").asLong();
                }
            }
        }
        return sign * quantity;
    }

    /** +1 for events that bring goods in (or adjust by a signed delta), -1 for those that take them out, else 0. */
    static int signOf(String eventName) {
        return switch (eventName) {
            case "StockReceived", "TransferredStockReceived", "StockAdjusted" -> 1;
            case "ReservationIssued", "StockDistributed", "StockWrittenOff" -> -1;
            default -> 0;
        };
    }

    private static double y(long quantity, long top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - quantity / (double) top);
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

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
