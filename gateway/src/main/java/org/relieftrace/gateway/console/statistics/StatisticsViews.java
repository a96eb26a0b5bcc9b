package org.relieftrace.gateway.console.statistics;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * 灾情统计 — the answers the statistics pages read, mirrored (only the fields the pages use): the registry's disasters,
 * township reports, deadlines, roll-up and recorded figures, the supplies' distribution figures per township and the
 * relief cases of a disaster; and what the console composes from them.
 */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    /** 灾害事件 — a disaster as the registry lists it. */
    @TemplateData
    public record Disaster(String disasterId, String type, String name, String startedAt, String endedAt,
                           String responseLevel, List<String> affectedDivisionCodes) {
    }

    /** 乡镇灾情报告 — one township report with its figures and marks against the registry's ledger. */
    @TemplateData
    public record Report(String reportId, String townshipCode, String townshipName, String form, String kind,
                         String asOf, String filedAt, String filedBy, Map<String, Long> figures, List<String> marks) {

        public Report {
            marks = marks == null ? List.of() : marks;
        }
    }

    /** 报送时限 — the deadlines of one township and form. */
    @TemplateData
    public record Deadline(String townshipCode, String townshipName, String form, String initialDue,
                           String initialFiledAt, boolean initialOverdue, String latestKind, String followUpDue,
                           boolean followUpOverdue, String verifiedDue, String verifiedFiledAt,
                           boolean verifiedOverdue) {

        /** Whether anything of the line is overdue. */
        public boolean overdue() {
            return initialOverdue || followUpOverdue || verifiedOverdue;
        }
    }

    /** 县级汇总 — the county's roll-up of one form. */
    @TemplateData
    public record RollUp(String form, String formTitle, Map<String, Long> totals, int townshipsReported,
                         int townshipsExpected) {
    }

    /** 死亡登记 — a death the registry recorded. */
    @TemplateData
    public record Death(String personId, String householdId, String divisionCode, String name, String gender,
                        String dateOfDeath) {
    }

    /** 台账数据 — a township's check-ins and recorded deaths since the disaster began. */
    @TemplateData
    public record Recorded(String townshipCode, String townshipName, long checkedInPeople, long recordedDeaths,
                           List<Death> deaths) {
    }

    /** 分发统计 — what a township's households received for the disaster. */
    @TemplateData
    public record Distributed(String townshipCode, long households, long quantity) {
    }

    /** 救助案件 — a relief case of the disaster, as the lists of the forms need it. */
    @TemplateData
    public record ReliefCase(String caseId, String householdId, String divisionCode, String category,
                             String status, Integer membersCovered, String damageGrade, Long amountFen,
                             String paymentStatus) {
    }

    /**
     * One figure of a form, side by side: what the township reported (its latest report) and what the system
     * recorded; {@code differs} when they are not equal, {@code contradicts} when the report is below the ledger.
     */
    @TemplateData
    public record Figure(String name, Long reported, Long recorded, String source, boolean differs,
                         boolean contradicts) {
    }

    /** A township's figures side by side. */
    @TemplateData
    public record TownshipComparison(String townshipCode, String townshipName, List<Figure> figures) {
    }

    /** What the statistics page shows beside the reports: the comparison and the three lists (一览表). */
    @TemplateData
    public record Comparison(List<TownshipComparison> townships, List<Death> deaths, List<ReliefCase> housing,
                             List<ReliefCase> winterSpring) {
    }
}
