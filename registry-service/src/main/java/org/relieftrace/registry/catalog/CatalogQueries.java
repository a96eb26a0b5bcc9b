package org.relieftrace.registry.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers catalog questions from the catalog table; {@link #registered} — what commands check — also from the
 * item's own event stream, which has an item before the table does.
 */
@ApplicationScoped
public class CatalogQueries {

    private static final String COLUMNS = "item_code, name_zh, name_en, category, unit, specification,"
            + " shelf_life_days";

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** The item as the catalog table shows it. */
    public Optional<CatalogItemView> find(String itemCode) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.catalog_item WHERE item_code = ?",
                CatalogQueries::item, itemCode);
    }

    /**
     * Whether the item is registered, for the commands that must name one: in the catalog table, else in the
     * item's own events, so that it is found as soon as its registration has answered.
     */
    public boolean registered(String itemCode) {
        return itemCode != null && !itemCode.isBlank() && (find(itemCode).isPresent()
                || streams.created(itemCode, CatalogItemRegistered.class).isPresent());
    }

    /** A page of catalog items ordered by code, optionally of one category. */
    public ListPage<CatalogItemView> list(SupplyCategory category, int page, int size) {
        String name = category == null ? null : category.name();
        long total = sql.one("SELECT count(*) FROM registry.catalog_item WHERE (?::text IS NULL OR category = ?)",
                rows -> rows.getLong(1), name, name).orElse(0L);
        List<CatalogItemView> items = sql.list("SELECT " + COLUMNS + " FROM registry.catalog_item"
                        + " WHERE (?::text IS NULL OR category = ?) ORDER BY item_code LIMIT ? OFFSET ?",
                CatalogQueries::item, name, name, size, (long) page * size);
        return new ListPage<>(items, page, size, total);
    }

    private static CatalogItemView item(ResultSet rows) throws SQLException {
        return new CatalogItemView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), (Integer) rows.getObject(7));
    }
}
