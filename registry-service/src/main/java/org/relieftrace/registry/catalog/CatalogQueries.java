package org.relieftrace.registry.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.queryhandling.QueryHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;
import org.relieftrace.registry.catalog.CatalogViews.CatalogPage;

/** Answers catalog questions from the catalog read model. */
@ApplicationScoped
public class CatalogQueries {

    private static final String COLUMNS = "item_code, name_zh, name_en, category, unit, specification,"
            + " shelf_life_days";

    @Inject
    Sql sql;

    @QueryHandler
    public Optional<CatalogItemView> handle(FindCatalogItem query) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.catalog_item WHERE item_code = ?",
                CatalogQueries::item, query.itemCode());
    }

    @QueryHandler
    public CatalogPage handle(FindCatalogItems query) {
        String category = query.category() == null ? null : query.category().name();
        long total = sql.one("SELECT count(*) FROM registry.catalog_item WHERE (?::text IS NULL OR category = ?)",
                rows -> rows.getLong(1), category, category).orElse(0L);
        List<CatalogItemView> items = sql.list("SELECT " + COLUMNS + " FROM registry.catalog_item"
                        + " WHERE (?::text IS NULL OR category = ?) ORDER BY item_code LIMIT ? OFFSET ?",
                CatalogQueries::item, category, category, query.size(), (long) query.page() * query.size());
        return new CatalogPage(items, query.page(), query.size(), total);
    }

    private static CatalogItemView item(ResultSet rows) throws SQLException {
        return new CatalogItemView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), (Integer) rows.getObject(7));
    }
}
