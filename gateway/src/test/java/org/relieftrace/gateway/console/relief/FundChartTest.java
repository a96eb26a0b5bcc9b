package org.relieftrace.gateway.console.relief;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.relief.FundViews.EntryView;

import static org.assertj.core.api.Assertions.assertThat;

class FundChartTest {

    private static void entry(List<EntryView> entries, String kind, long fen, String at) {
        entries.add(new EntryView(kind, null, null, null, fen, at));
    }

    @Test
    void committedAndPaidAreSummedOverTimeAndAllocationsLeftOut() {
        List<EntryView> entries = new ArrayList<>();
        entry(entries, "ALLOCATED", 1_000_000, "2026-07-10T00:00:00Z");
        entry(entries, "COMMITTED", 180_000, "2026-07-11T00:00:00Z");
        entry(entries, "COMMITTED", 120_000, "2026-07-12T00:00:00Z");
        entry(entries, "RELEASED", 120_000, "2026-07-12T01:00:00Z");
        entry(entries, "PAID", 180_000, "2026-07-20T00:00:00Z");

        FundChart chart = FundChart.of(entries);

        assertThat(chart.points()).hasSize(4);
        assertThat(chart.points().get(1).committed()).isEqualTo("¥3,000.00");
        assertThat(chart.points().get(2).committed()).isEqualTo("¥1,800.00");
        assertThat(chart.points().get(3).paid()).isEqualTo("¥1,800.00");
        assertThat(chart.points().get(0).x()).isLessThan(chart.points().get(3).x());
        assertThat(chart.points().get(3).x()).as("room after the last change").isLessThan(FundChart.WIDTH - 20);
        assertThat(chart.yTicks().get(4).label()).isEqualTo("¥5,000.00");
        assertThat(chart.firstAt()).isEqualTo("2026-07-11T00:00:00Z");
    }

    @Test
    void aFundWithNothingCommittedHasNoChart() {
        List<EntryView> entries = new ArrayList<>();
        entry(entries, "ALLOCATED", 1_000_000, "2026-07-10T00:00:00Z");
        assertThat(FundChart.of(entries)).isNull();
    }
}
