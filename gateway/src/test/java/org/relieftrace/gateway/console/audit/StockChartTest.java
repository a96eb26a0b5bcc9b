package org.relieftrace.gateway.console.audit;

import org.relieftrace.gateway.console.StepChart;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StockChartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AuditViews.EventView event(String type, String at, String payload) throws Exception {
        return JSON.readValue("{\"payloadType\":\"org.relieftrace.contracts.supplies." + type + "\",\"timestamp\":\""
                + at + "\",\"payload\":" + payload + "}", AuditViews.EventView.class);
    }

    @Test
    void receiptsOfTheItemAddUpAndOtherItemsAreLeftOut() throws Exception {
        StockChart chart = StockChart.of("WATER-550", List.of(
                event("StockReceived", "2026-07-20T01:00:00Z", "{\"itemCode\":\"WATER-550\",\"quantity\":24}"),
                event("StockReceived", "2026-07-20T02:00:00Z", "{\"itemCode\":\"TENT-12\",\"quantity\":3}"),
                event("StockReceived", "2026-07-20T03:00:00Z", "{\"itemCode\":\"WATER-550\",\"quantity\":76}")));
        assertThat(chart.points()).extracting(StepChart.Point::quantity).containsExactly(24L, 100L);
        assertThat(chart.chart().max()).isEqualTo(100);
        assertThat(chart.points().get(0).x()).isEqualTo(StepChart.LEFT);
        assertThat(chart.points().get(1).x()).isEqualTo(StepChart.WIDTH - StepChart.RIGHT);
        assertThat(chart.points().get(1).y()).as("the top of the scale").isEqualTo(StepChart.TOP);
        assertThat(chart.chart().polyline()).startsWith("60.0,");
    }

    @Test
    void goodsLeavingTheDepotTakeTheQuantityDownAndAStocktakeAdjustsByItsSignedDelta() throws Exception {
        StockChart chart = StockChart.of("WATER-550", List.of(
                event("StockReceived", "2026-07-20T01:00:00Z", "{\"itemCode\":\"WATER-550\",\"quantity\":50}"),
                event("StockDistributed", "2026-07-21T01:00:00Z",
                        "{\"lots\":[{\"itemCode\":\"WATER-550\",\"quantity\":20},"
                                + "{\"itemCode\":\"TENT-12\",\"quantity\":1}]}"),
                event("StockWrittenOff", "2026-07-22T01:00:00Z", "{\"itemCode\":\"WATER-550\",\"quantity\":5}"),
                event("StockAdjusted", "2026-07-22T02:00:00Z", "{\"itemCode\":\"WATER-550\",\"delta\":-3}"),
                event("StockReserved", "2026-07-22T03:00:00Z",
                        "{\"lots\":[{\"itemCode\":\"WATER-550\",\"quantity\":10}]}"),
                event("ReservationIssued", "2026-07-22T04:00:00Z",
                        "{\"lots\":[{\"itemCode\":\"WATER-550\",\"quantity\":10}]}"),
                event("TransferredStockReceived", "2026-07-23T01:00:00Z",
                        "{\"lots\":[{\"source\":{\"itemCode\":\"WATER-550\",\"quantity\":12},\"received\":11,"
                                + "\"damaged\":1}]}"),
                event("DepotNoted", "2026-07-23T01:00:00Z", "{\"itemCode\":\"WATER-550\",\"quantity\":999}")));
        assertThat(chart.points()).extracting(StepChart.Point::quantity).containsExactly(50L, 30L, 25L, 22L, 12L,
                23L);
        assertThat(chart.points()).extracting(StepChart.Point::event).doesNotContain("StockReserved");
    }

    @Test
    void theScaleEndsOnARoundNumber() {
        assertThat(StepChart.niceCeiling(1)).isEqualTo(1);
        assertThat(StepChart.niceCeiling(24)).isEqualTo(50);
        assertThat(StepChart.niceCeiling(100)).isEqualTo(100);
        assertThat(StepChart.niceCeiling(101)).isEqualTo(200);
        assertThat(StepChart.niceCeiling(7300)).isEqualTo(10000);
    }
}
