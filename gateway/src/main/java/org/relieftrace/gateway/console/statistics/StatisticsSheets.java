package org.relieftrace.gateway.console.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.print.SheetPdf;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Comparison;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Disaster;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Figure;
import org.relieftrace.gateway.console.statistics.StatisticsViews.TownshipComparison;

/**
 * 灾情统计对照表 — the printable sheet of a disaster's statistics: each township's reported figures beside the
 * recorded ones, differences and contradictions marked, and the counts of the three lists (一览表).
 */
final class StatisticsSheets {

    private StatisticsSheets() {
    }

    /** One figure of one township side by side, as the sheet and the Excel export list it. */
    record ComparisonRow(String township, String figure, Object reported, Object recorded, String mark) {
    }

    /** The comparison as rows: amounts in yuan, a figure not reported left empty, the mark in the user's words. */
    static List<ComparisonRow> rows(Comparison comparison, Map<String, String> t) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (TownshipComparison township : comparison.townships()) {
            for (Figure figure : township.figures()) {
                rows.add(new ComparisonRow(township.townshipName(), Formats.text(t, "figure_", figure.name()),
                        number(figure.name(), figure.reported()), number(figure.name(), figure.recorded()),
                        figure.contradicts() ? t.get("stat_contradicts") : figure.differs() ? t.get("stat_differs")
                                : ""));
            }
        }
        return rows;
    }

    static byte[] pdf(Disaster disaster, Comparison comparison, Map<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonRow row : rows(comparison, t)) {
            rows.add(List.of(row.township(), row.figure(), row.reported() == null ? "—" : row.reported().toString(),
                    String.valueOf(row.recorded()), row.mark()));
        }
        return SheetPdf.render(new SheetPdf.Sheet(t.get("stat_sheet"), List.of(
                t.get("stat_disaster") + "：" + disaster.name(),
                t.get("stat_started") + "：" + Formats.time(disaster.startedAt()),
                t.get("stat_deaths_list") + "：" + comparison.deaths().size(),
                t.get("stat_housing_list") + "：" + comparison.housing().size(),
                t.get("stat_winter_list") + "：" + comparison.winterSpring().size()),
                List.of(t.get("stat_township"), t.get("stat_figure"), t.get("stat_reported"), t.get("stat_recorded"),
                        t.get("stat_mark")),
                new float[] {3, 3, 2, 2, 2}, rows, List.of(t.get("sign_preparer"), t.get("sign_approver"))));
    }

    /** A figure as a number: fen as yuan with two decimals, a count as it is, nothing when there is none. */
    private static Object number(String name, Long value) {
        if (value == null) {
            return null;
        }
        return name.endsWith("Fen") ? BigDecimal.valueOf(value, 2) : value;
    }
}
