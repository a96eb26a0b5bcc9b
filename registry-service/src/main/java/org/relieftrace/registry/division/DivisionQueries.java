package org.relieftrace.registry.division;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.queryhandling.QueryHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.division.DivisionViews.DivisionPage;
import org.relieftrace.registry.division.DivisionViews.DivisionSubtree;
import org.relieftrace.registry.division.DivisionViews.DivisionView;

/** Answers division questions from the division read model. */
@ApplicationScoped
public class DivisionQueries {

    private static final String COLUMNS = "code, name, level, parent_code";

    @Inject
    Sql sql;

    @QueryHandler
    public Optional<DivisionView> handle(FindDivision query) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.division WHERE code = ?", DivisionQueries::division,
                query.code());
    }

    @QueryHandler
    public DivisionPage handle(FindDivisions query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> values = new ArrayList<>();
        if (query.parentCode() != null) {
            where.append(" AND parent_code = ?");
            values.add(query.parentCode());
        }
        if (query.level() != null) {
            where.append(" AND level = ?");
            values.add(query.level().name());
        }
        long total = sql.one("SELECT count(*) FROM registry.division" + where, rows -> rows.getLong(1),
                values.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<DivisionView> items = sql.list("SELECT " + COLUMNS + " FROM registry.division" + where
                + " ORDER BY code LIMIT ? OFFSET ?", DivisionQueries::division, paged.toArray());
        return new DivisionPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    public DivisionSubtree handle(FindDivisionSubtree query) {
        List<DivisionView> items = sql.list("SELECT " + COLUMNS + " FROM registry.division"
                        + " WHERE code LIKE ? ORDER BY code", DivisionQueries::division,
                DivisionCodes.scopePrefix(query.code()) + "%");
        return new DivisionSubtree(query.code(), items);
    }

    private static DivisionView division(ResultSet rows) throws SQLException {
        return new DivisionView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
    }
}
