package org.relieftrace.registry.division;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.division.DivisionViews.DivisionView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers division questions from the division table; {@link #registered} — what commands check — also from the
 * division's own event stream, which has a division before the table does.
 */
@ApplicationScoped
public class DivisionQueries {

    private static final String COLUMNS = "code, name, level, parent_code";

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** The division as the division table shows it. */
    public Optional<DivisionView> find(String code) {
        if (!DivisionCode.isValid(code)) {
            return Optional.empty();
        }
        return sql.one("SELECT " + COLUMNS + " FROM registry.division WHERE code = ?", DivisionQueries::division,
                code);
    }

    /**
     * The division, for the commands that must name a registered one: from the division table, else from the
     * division's own events, so that it is found as soon as its registration has answered.
     */
    public Optional<DivisionView> registered(String code) {
        if (!DivisionCode.isValid(code)) {
            return Optional.empty();
        }
        return find(code).or(() -> streams.created(code, DivisionRegistered.class)
                .map(event -> new DivisionView(event.code(), event.name(), event.level(), event.parentCode())));
    }

    /** What is wrong with the division a request names in {@code field}: not {@link #registered}. */
    public Optional<InvalidInput.FieldError> unregistered(String field, String code) {
        return registered(code).isPresent() ? Optional.empty()
                : Optional.of(new InvalidInput.FieldError(field, "division " + code + " is not registered"));
    }

    /** The {@link #registered} division a request names in {@code field}; invalid input when there is none. */
    public DivisionView requireRegistered(String field, String code) {
        return registered(code).orElseThrow(() -> new InvalidInput(field, "division " + code + " is not registered"));
    }

    /** A page of divisions ordered by code, optionally only the children of {@code parentCode} or one level. */
    public ListPage<DivisionView> list(String parentCode, DivisionLevel level, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> values = new ArrayList<>();
        if (parentCode != null) {
            where.append(" AND parent_code = ?");
            values.add(parentCode);
        }
        if (level != null) {
            where.append(" AND level = ?");
            values.add(level.name());
        }
        return page("SELECT " + COLUMNS + " FROM registry.division" + where, values, page, size);
    }

    /** A division and every division below it, ordered by code. */
    public ListPage<DivisionView> subtree(DivisionCode code, int page, int size) {
        return page("SELECT " + COLUMNS + " FROM registry.division WHERE code LIKE ?",
                List.of(code.likePattern()), page, size);
    }

    private ListPage<DivisionView> page(String select, List<Object> values, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM (" + select + ") listed",
                select + " ORDER BY code LIMIT ? OFFSET ?", DivisionQueries::division, page, size, values.toArray());
    }

    private static DivisionView division(ResultSet rows) throws SQLException {
        return new DivisionView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
    }
}
