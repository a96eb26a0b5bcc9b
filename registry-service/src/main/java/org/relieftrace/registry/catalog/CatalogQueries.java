package org.relieftrace.registry.catalog;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.queryhandling.QueryHandler;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;

/**
 * 物资目录查询 — answers catalog questions from the catalog read model: the API's reads through Hibernate Reactive
 * (each in its own session on the event loop), a command's existence check through JDBC on its virtual thread.
 */
@ApplicationScoped
public class CatalogQueries {

    private static final Sort BY_CODE = Sort.by("itemCode");

    @Inject
    Sql sql;

    /** One catalog item by its code; empty when there is none. */
    @WithSession
    public Uni<Optional<CatalogItemView>> item(String itemCode) {
        return CatalogItemEntry.<CatalogItemEntry>findById(itemCode)
                .map(entry -> Optional.ofNullable(entry).map(CatalogItemEntry::view));
    }

    /** A page of catalog items ordered by code: those of {@code category}, or all when it is null. */
    @WithSession
    public Uni<ListPage<CatalogItemView>> items(SupplyCategory category, int page, int size) {
        PanacheQuery<CatalogItemEntry> query = category == null
                ? CatalogItemEntry.findAll(BY_CODE)
                : CatalogItemEntry.find("category", BY_CODE, category.name());
        return ReactivePages.page(query, page, size, CatalogItemEntry::view);
    }

    /** One catalog item by its code, read with JDBC for a command's check on its virtual thread. */
    @QueryHandler
    public Optional<CatalogItemView> handle(FindCatalogItem query) {
        return sql.one("SELECT item_code, name_zh, name_en, category, unit, specification, shelf_life_days"
                        + " FROM registry.catalog_item WHERE item_code = ?",
                rows -> new CatalogItemView(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), (Integer) rows.getObject(7)),
                query.itemCode());
    }
}
