package org.relieftrace.registry.disasterreport;

import java.util.List;

/**
 * 快报表 — the fast-report forms of the 自然灾害情况统计调查制度 a township fills in for a disaster, each with the figures
 * it asks for (people as counts, houses in 间, money in fen).
 */
public enum ReportForm {

    /** 自然灾害损失情况统计快报表 — what the disaster did: people affected, moved, dead and missing, houses, losses. */
    LOSS("自然灾害损失情况统计快报表", List.of("affectedPeople", "evacuatedPeople", "needingAidPeople", "deaths",
            "missing", "collapsedHouses", "severelyDamagedHouses", "generallyDamagedHouses", "directLossFen")),

    /** 救灾工作情况统计快报表 — what was done: people resettled, goods handed out, households supplied, money paid. */
    RELIEF_WORK("救灾工作情况统计快报表", List.of("resettledPeople", "dispersedPeople", "goodsDistributed",
            "householdsSupplied", "peopleAided", "reliefPaidFen"));

    private final String title;
    private final List<String> figures;

    ReportForm(String title, List<String> figures) {
        this.title = title;
        this.figures = figures;
    }

    /** The form's Chinese title as printed on it. */
    public String title() {
        return title;
    }

    /** The names of the figures the form asks for, in the form's order; every one is required. */
    public List<String> figures() {
        return figures;
    }
}
