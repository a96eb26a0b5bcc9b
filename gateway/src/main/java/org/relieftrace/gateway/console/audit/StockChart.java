package org.relieftrace.gateway.console.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.relieftrace.gateway.console.StepChart;

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
public record StockChart(String itemCode, StepChart chart) {

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
        return new StockChart(itemCode, StepChart.of(times, quantities, names));
    }

    /** The changes, oldest first. */
    public List<StepChart.Point> points() {
        return chart.points();
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
}
