package org.relieftrace.gateway.console;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.gateway.console.statistics.StatisticsPages;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Comparison;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Deadline;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Death;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Disaster;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Figure;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Report;
import org.relieftrace.gateway.console.statistics.StatisticsViews.RollUp;
import org.relieftrace.gateway.console.statistics.StatisticsViews.TownshipComparison;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disaster's statistics page: overdue deadlines and reports below the ledger are flagged, the report form is
 * offered to civil affairs only, the roll-up only when the registry answered one; in Chinese and in English.
 */
@QuarkusTest
class StatisticsPageTest {

    private static final Viewer CIVIL = new Viewer("civil", Set.of(Viewer.CIVIL), "500118116000", List.of(), "t");
    private static final Viewer AUDITOR = new Viewer("audit", Set.of(Viewer.AUDITOR), "500118116000", List.of(), "t");

    @Inject
    @Location("console/disaster-statistics.html")
    Template detail;

    private String page(Viewer viewer, String lang, List<RollUp> rollUps) {
        Disaster disaster = new Disaster("d-1", "FLOOD", "7·20 洪涝", "2026-07-20T00:00:00Z", null, "III",
                List.of("500118116000"));
        Report report = new Report("r-1", "500118116000", "朱沱镇", "RELIEF_WORK", "INITIAL", "2026-07-20T01:00:00Z",
                "2026-07-20T01:10:00Z", "civil", Map.of("resettledPeople", 2L), List.of("resettled-below-check-ins"));
        Deadline late = new Deadline("500118116000", "朱沱镇", "LOSS", "2026-07-20T02:00:00Z", null, true, null, null,
                false, null, null, false);
        Comparison comparison = new Comparison(List.of(new TownshipComparison("500118116000", "朱沱镇", List.of(
                new Figure("resettledPeople", 2L, 3L, "check-ins", true, true),
                new Figure("goodsDistributed", 5L, 5L, "distributions", false, false)))),
                List.of(new Death("p-1", "h-1", "500118116201", "王大", "MALE", "2026-07-20")), List.of(), List.of());
        return detail.data("me", viewer).data("t", Texts.load(lang)).data("lang", lang).data("nav", List.of())
                .data("disaster", disaster).data("reports", List.of(report)).data("deadlines", List.of(late))
                .data("rollUps", rollUps).data("townships", List.of("500118116000")).data("form", "LOSS")
                .data("figureNames", StatisticsPages.FORMS.get("LOSS")).data("forms", StatisticsPages.FORMS.keySet())
                .data("comparison", comparison).data("problem", null).data("key", "k-1").render();
    }

    @Test
    void overdueDeadlinesAndReportsBelowTheLedgerAreFlagged() {
        String zh = page(CIVIL, "zh", List.of());
        assertThat(zh).contains("已超时", "安置人数少于入住登记", "少于台账", "class=\"figure differs contradicts\"",
                "王大", "id=\"report-form\"", "name=\"figure.directLossFen\"", "救灾工作情况统计快报表", "初报")
                .doesNotContain("id=\"rollup-LOSS\"");
        assertThat(page(CIVIL, "en", List.of())).contains("overdue", "fewer resettled than checked in",
                "below the ledger", "Initial (初报)");
    }

    @Test
    void theFormIsForCivilAffairsAndTheRollUpShowsWhenTheRegistryAnswersOne() {
        String page = page(AUDITOR, "zh", List.of(new RollUp("LOSS", "自然灾害损失情况统计快报表",
                Map.of("deaths", 2L), 1, 2)));
        assertThat(page).doesNotContain("id=\"report-form\"").contains("id=\"rollup-LOSS\"", "已报乡镇 1/2");
    }
}
