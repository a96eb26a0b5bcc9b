package org.relieftrace.registry.disasterreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the township-report endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class DisasterReportViews {

    private DisasterReportViews() {
    }

    /** What a filed report answers. */
    public record ReportFiledAnswer(UUID reportId) {
    }

    /**
     * 乡镇灾情报告 — one report as filed: form, kind (初报/续报/核报), the moment its figures describe, who filed it
     * when, its figures by the form's names, and {@code marks}: where it contradicts what the registry recorded
     * (fewer resettled than checked in, fewer deaths than recorded). A contradicting report is kept, and marked.
     */
    public record ReportView(UUID reportId, UUID disasterId, String townshipCode, String townshipName,
                             ReportForm form, ReportKind kind, Instant asOf, Instant filedAt, String filedBy,
                             Map<String, Long> figures, List<String> marks) {
    }

    /**
     * 报送时限 — the deadlines of one township's series on one form: the 初报's, the next 续报's while the response
     * lasts, the 核报's once it ended; each flagged {@code overdue} when its moment passed with nothing filed (or
     * the report came late).
     */
    public record DeadlineView(String townshipCode, String townshipName, ReportForm form, Instant initialDue,
                               Instant initialFiledAt, boolean initialOverdue, ReportKind latestKind,
                               Instant latestFiledAt, Instant followUpDue, boolean followUpOverdue,
                               Instant verifiedDue, Instant verifiedFiledAt, boolean verifiedOverdue) {
    }

    /**
     * 县级汇总 — the county's roll-up of one form: the latest report of each township summed figure by figure, with
     * how many of the disaster's townships have reported and each township's latest report.
     */
    public record RollUpView(UUID disasterId, ReportForm form, String formTitle, Map<String, Long> totals,
                             int townshipsReported, int townshipsExpected, List<ReportView> townships) {
    }

    /** 死亡登记 — a death the registry recorded in a township since the disaster began (因灾死亡失踪人口一览表). */
    public record DeathView(UUID personId, UUID householdId, String divisionCode, String name, String gender,
                            LocalDate birthDate, LocalDate dateOfDeath) {
    }

    /**
     * 台账数据 — what the registry itself recorded in a township since the disaster began: the people checked in to
     * its shelters (入住安置) and the deaths recorded (死亡登记), one by one.
     */
    public record RecordedFiguresView(String townshipCode, String townshipName, long checkedInPeople,
                                      long recordedDeaths, List<DeathView> deaths) {
    }
}
