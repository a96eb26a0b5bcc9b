package org.relieftrace.gateway.console.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Comparison;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Death;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Distributed;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Figure;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Recorded;
import org.relieftrace.gateway.console.statistics.StatisticsViews.ReliefCase;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Report;
import org.relieftrace.gateway.console.statistics.StatisticsViews.TownshipComparison;

/**
 * 报表与台账对照 — a township's hand-entered figures beside what the services recorded for the disaster, composed
 * from their public APIs: check-ins and deaths from the registry, goods handed to households from supplies, relief
 * paid and the HOUSING and WINTER_SPRING cases from relief. Where a figure differs from the ledger is shown here;
 * whether a report contradicts the ledger (fewer resettled than checked in, fewer deaths than recorded) is the
 * registry's judgement, read from the report's {@code marks}.
 */
@ApplicationScoped
public class StatisticsComparison {

    /** The figures compared, each with the source of the recorded side. */
    private static final List<String> COMPARED = List.of("resettledPeople", "goodsDistributed",
            "householdsSupplied", "reliefPaidFen", "deaths");
    /** The registry's mark on a report for each figure it judges against the ledger. */
    private static final Map<String, String> MARK_OF = Map.of("resettledPeople", "resettled-below-check-ins",
            "deaths", "deaths-below-recorded");

    @Inject
    ConsoleApi api;

    /** The comparison for the townships of {@code reports}' disaster the caller sees. */
    public Comparison of(String disasterId, List<Report> reports, String division) {
        Map<String, Recorded> recorded = all("/api/registry/disasters/" + disasterId + "/recorded-figures",
                Recorded.class).stream().collect(Collectors.toMap(Recorded::townshipCode, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Map<String, Distributed> distributed = all("/api/supplies/disasters/" + disasterId
                + "/distribution-figures" + scope(division, "?"), Distributed.class).stream()
                .collect(Collectors.toMap(Distributed::townshipCode, Function.identity()));
        List<ReliefCase> cases = all("/api/relief/cases?disasterId=" + disasterId + scope(division, "&"),
                ReliefCase.class);
        List<TownshipComparison> townships = new ArrayList<>();
        for (Recorded township : recorded.values()) {
            List<Report> latest = latest(reports, township.townshipCode());
            Map<String, Long> reported = new LinkedHashMap<>();
            latest.forEach(report -> reported.putAll(report.figures()));
            List<String> marks = latest.stream().flatMap(report -> report.marks().stream()).toList();
            Distributed handed = distributed.get(township.townshipCode());
            Map<String, Long> ledger = Map.of(
                    "resettledPeople", township.checkedInPeople(),
                    "deaths", township.recordedDeaths(),
                    "goodsDistributed", handed == null ? 0 : handed.quantity(),
                    "householdsSupplied", handed == null ? 0 : handed.households(),
                    "reliefPaidFen", cases.stream().filter(c -> township(c).equals(township.townshipCode()))
                            .filter(c -> "PAID".equals(c.status()) && c.amountFen() != null)
                            .mapToLong(ReliefCase::amountFen).sum());
            List<Figure> figures = COMPARED.stream()
                    .map(name -> figure(name, reported.get(name), ledger.get(name), marks)).toList();
            townships.add(new TownshipComparison(township.townshipCode(), township.townshipName(), figures));
        }
        List<Death> deaths = recorded.values().stream().flatMap(r -> r.deaths().stream()).toList();
        return new Comparison(townships, deaths, category(cases, "HOUSING"), category(cases, "WINTER_SPRING"));
    }

    private static Figure figure(String name, Long reported, long recorded, List<String> marks) {
        String source = switch (name) {
            case "resettledPeople" -> "check-ins";
            case "deaths" -> "deaths";
            case "goodsDistributed", "householdsSupplied" -> "distributions";
            default -> "payments";
        };
        boolean differs = reported == null || reported != recorded;
        boolean contradicts = marks.contains(MARK_OF.get(name));
        return new Figure(name, reported, recorded, source, differs, contradicts);
    }

    /** The township's latest report of each form (reports come newest first). */
    private static List<Report> latest(List<Report> reports, String township) {
        List<Report> latest = new ArrayList<>();
        for (String form : List.of("LOSS", "RELIEF_WORK")) {
            reports.stream().filter(r -> r.townshipCode().equals(township) && r.form().equals(form)).findFirst()
                    .ifPresent(latest::add);
        }
        return latest;
    }

    private static List<ReliefCase> category(List<ReliefCase> cases, String category) {
        return cases.stream().filter(c -> category.equals(c.category())).toList();
    }

    /** The township a case's village lies in. */
    private static String township(ReliefCase c) {
        DivisionCode village = DivisionCode.of(c.divisionCode());
        return village.level() == DivisionCode.Level.VILLAGE ? village.parent().orElseThrow().value() : village.value();
    }

    private static String scope(String division, String separator) {
        return division == null ? "" : separator + "division=" + division;
    }

    /** Every item of a list, page by page; a service that refuses the caller contributes nothing. */
    private <T> List<T> all(String path, Class<T> type) {
        List<T> items = new ArrayList<>();
        String joiner = path.contains("?") ? "&" : "?";
        try {
            for (int page = 0; ; page++) {
                ListPage<T> answer = api.list(path + joiner + "size=500&page=" + page, type);
                items.addAll(answer.items());
                if (items.size() >= answer.total() || answer.items().isEmpty()) {
                    return items;
                }
            }
        } catch (ApiProblem refused) {
            return items;
        }
    }
}
