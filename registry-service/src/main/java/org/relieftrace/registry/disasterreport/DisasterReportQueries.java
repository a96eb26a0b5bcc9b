package org.relieftrace.registry.disasterreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.disaster.DisasterViews.DisasterView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.DeadlineView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.RecordedFiguresView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.ReportView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.RollUpView;
import org.relieftrace.registry.disasterreport.ReportDeadlines.Filed;
import org.relieftrace.registry.division.DivisionViews.DivisionView;

/** Answers township-report questions from the report table: the reports, their deadlines and the county roll-up. */
@ApplicationScoped
public class DisasterReportQueries {

    private static final String COLUMNS = "report_id, disaster_id, township_code, form, kind, as_of, filed_at,"
            + " filed_by, figures::text";
    private static final String WHERE = " FROM registry.township_report WHERE disaster_id = ?"
            + " AND township_code = ANY (string_to_array(?, ',')) AND (CAST(? AS VARCHAR) IS NULL OR form = ?)";

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @Inject
    BeijingTime time;

    @Inject
    RecordedFigureQueries recorded;

    @ConfigProperty(name = "registry.statistics.initial-within", defaultValue = "PT2H")
    Duration initialWithin;

    @ConfigProperty(name = "registry.statistics.follow-up-by", defaultValue = "09:00")
    LocalTime followUpBy;

    @ConfigProperty(name = "registry.statistics.verified-within-days", defaultValue = "5")
    int verifiedWithinDays;

    /** The reports of the townships given, newest first, optionally of one form, each marked against the ledger. */
    public ListPage<ReportView> reports(DisasterView disaster, List<DivisionView> townships, ReportForm form,
                                        int page, int size) {
        String codes = townships.stream().map(DivisionView::code).collect(Collectors.joining(","));
        String formName = form == null ? null : form.name();
        ListPage<Row> rows = SqlPages.counted(sql, "SELECT count(*)" + WHERE, "SELECT " + COLUMNS + WHERE
                + " ORDER BY as_of DESC, filed_at DESC LIMIT ? OFFSET ?", this::row, page, size,
                disaster.disasterId(), codes, formName, formName);
        Map<String, RecordedFiguresView> ledger = new LinkedHashMap<>();
        Map<String, DivisionView> byCode = byCode(townships);
        return rows.map(row -> view(row, byCode.get(row.township()), ledger.computeIfAbsent(row.township(),
                code -> recorded.of(byCode.get(code), disaster.startedAt()))));
    }

    /** The deadlines of every township and form of the disaster, as of now. */
    public List<DeadlineView> deadlines(DisasterView disaster, List<DivisionView> townships) {
        ReportDeadlines rule = new ReportDeadlines(initialWithin, followUpBy, verifiedWithinDays);
        Instant now = time.now();
        List<DeadlineView> lines = new ArrayList<>();
        for (DivisionView township : townships) {
            for (ReportForm form : ReportForm.values()) {
                List<Row> series = sql.list("SELECT " + COLUMNS + WHERE + " ORDER BY filed_at", this::row,
                        disaster.disasterId(), township.code(), form.name(), form.name());
                Instant initial = filedAt(series, ReportKind.INITIAL);
                Instant verified = filedAt(series, ReportKind.VERIFIED);
                Row latest = series.isEmpty() ? null : series.getLast();
                var due = rule.of(disaster.startedAt(), disaster.endedAt(),
                        new Filed(initial, latest == null ? null : latest.filedAt(), verified), now);
                lines.add(new DeadlineView(township.code(), township.name(), form, due.initialDue(), initial,
                        due.initialOverdue(), latest == null ? null : latest.kind(),
                        latest == null ? null : latest.filedAt(), due.followUpDue(), due.followUpOverdue(),
                        due.verifiedDue(), verified, due.verifiedOverdue()));
            }
        }
        return lines;
    }

    /** The county's roll-up of {@code form}: each township's latest report (by as-of) summed. */
    public RollUpView rollUp(DisasterView disaster, List<DivisionView> townships, ReportForm form) {
        Map<String, DivisionView> byCode = byCode(townships);
        List<ReportView> latest = sql.list("SELECT DISTINCT ON (township_code) " + COLUMNS + WHERE
                        + " ORDER BY township_code, as_of DESC, filed_at DESC", this::row, disaster.disasterId(),
                String.join(",", byCode.keySet()), form.name(), form.name()).stream()
                .map(row -> view(row, byCode.get(row.township()),
                        recorded.of(byCode.get(row.township()), disaster.startedAt())))
                .toList();
        Map<String, Long> totals = new LinkedHashMap<>();
        form.figures().forEach(name -> totals.put(name, latest.stream()
                .mapToLong(report -> report.figures().getOrDefault(name, 0L)).sum()));
        return new RollUpView(disaster.disasterId(), form, form.title(), totals, latest.size(), townships.size(),
                latest);
    }

    private static Map<String, DivisionView> byCode(List<DivisionView> townships) {
        return townships.stream().collect(Collectors.toMap(DivisionView::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static Instant filedAt(List<Row> series, ReportKind kind) {
        return series.stream().filter(row -> row.kind() == kind).map(Row::filedAt).findFirst().orElse(null);
    }

    private static ReportView view(Row row, DivisionView township, RecordedFiguresView ledger) {
        Map<String, Long> inFormOrder = new LinkedHashMap<>();
        row.form().figures().forEach(name -> inFormOrder.put(name, row.figures().getOrDefault(name, 0L)));
        return new ReportView(row.reportId(), row.disasterId(), row.township(), township.name(), row.form(),
                row.kind(), row.asOf(), row.filedAt(), row.filedBy(), inFormOrder,
                ReportMarks.of(row.form(), row.figures(), ledger.checkedInPeople(), ledger.recordedDeaths()));
    }

    private record Row(UUID reportId, UUID disasterId, String township, ReportForm form, ReportKind kind,
                       Instant asOf, Instant filedAt, String filedBy, Map<String, Long> figures) {
    }

    private Row row(ResultSet rows) throws SQLException {
        try {
            Map<String, Long> figures = json.readValue(rows.getString(9), new TypeReference<>() { });
            return new Row(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                    ReportForm.valueOf(rows.getString(4)), ReportKind.valueOf(rows.getString(5)),
                    rows.getTimestamp(6).toInstant(), rows.getTimestamp(7).toInstant(), rows.getString(8), figures);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable figures of report " + rows.getString(1), e);
        }
    }
}
