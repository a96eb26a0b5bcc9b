package org.relieftrace.registry.disaster;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.disaster.DisasterViews.DisasterView;
import org.relieftrace.registry.disaster.DisasterViews.StatisticsView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers disaster questions: reads from the disaster tables, and {@link #affectedDivisions} — what commands check —
 * from the disaster's own event stream.
 */
@ApplicationScoped
public class DisasterQueries {

    private static final String COLUMNS = "d.disaster_id, d.type, d.name, d.started_at, d.ended_at,"
            + " d.response_level, ARRAY(SELECT dd.division_code FROM registry.disaster_division dd"
            + " WHERE dd.disaster_id = d.disaster_id ORDER BY dd.division_code)";
    private static final String STATISTICS = "SELECT as_of, affected_people, evacuated, deaths, missing,"
            + " collapsed_houses, damaged_houses, direct_loss_fen FROM registry.disaster_statistics"
            + " WHERE disaster_id = ?";
    private static final String AFFECTING = " WHERE CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1"
            + " FROM registry.disaster_division dd WHERE dd.disaster_id = d.disaster_id"
            + " AND (dd.division_code LIKE ? OR CAST(? AS VARCHAR) LIKE dd.scope_prefix || '%'))";

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** One disaster with its latest figures and every report of them. */
    public Optional<DisasterView> find(UUID disasterId) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.disaster d WHERE d.disaster_id = ?",
                rows -> disaster(rows, true), disasterId);
    }

    /**
     * The divisions a declared disaster affects, from its own events: present as soon as its declaration has
     * answered.
     */
    public Optional<List<String>> affectedDivisions(UUID disasterId) {
        return streams.created(Disaster.streamOf(disasterId), DisasterDeclared.class)
                .map(DisasterDeclared::affectedDivisionCodes);
    }

    /** The disaster's declaration (when it began, what it affects), from its own events. */
    public Optional<DisasterDeclared> declaration(UUID disasterId) {
        return streams.created(Disaster.streamOf(disasterId), DisasterDeclared.class);
    }

    /**
     * A page of the disasters that touch a division ({@code null}: all): affecting it, a division below it or one
     * it lies in; the latest begun first.
     */
    public ListPage<DisasterView> list(String code, int page, int size) {
        String prefix = code == null ? "%" : DivisionCode.of(code).likePattern();
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.disaster d" + AFFECTING,
                "SELECT " + COLUMNS + " FROM registry.disaster d" + AFFECTING
                        + " ORDER BY d.started_at DESC, d.disaster_id LIMIT ? OFFSET ?", rows -> disaster(rows, false),
                page, size, code, prefix, code);
    }

    private DisasterView disaster(ResultSet rows, boolean withHistory) throws SQLException {
        UUID disasterId = rows.getObject(1, UUID.class);
        Array divisions = rows.getArray(7);
        StatisticsView latest = sql.one(STATISTICS + " ORDER BY as_of DESC, sequence_number DESC",
                DisasterQueries::statistics, disasterId).orElse(null);
        List<StatisticsView> history = withHistory
                ? sql.list(STATISTICS + " ORDER BY as_of, sequence_number", DisasterQueries::statistics, disasterId)
                : new ArrayList<>();
        return new DisasterView(disasterId, rows.getString(2), rows.getString(3), instant(rows.getTimestamp(4)),
                instant(rows.getTimestamp(5)), rows.getString(6), List.of((String[]) divisions.getArray()), latest,
                history);
    }

    private static StatisticsView statistics(ResultSet rows) throws SQLException {
        return new StatisticsView(instant(rows.getTimestamp(1)), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
