package org.relieftrace.registry.catalog;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;
import org.relieftrace.registry.stream.Streams;

/**
 * 物资目录查询 — answers catalog questions: the API's reads from the catalog read model through Hibernate Reactive
 * (each in its own session on the event loop); {@link #registered}, what commands check on their virtual thread,
 * through JDBC and the item's own event stream, which has an item before the table does.
 */
@ApplicationScoped
public class CatalogQueries {

    private static final Sort BY_CODE = Sort.by("itemCode");

    @Inject
    Sql sql;

    @Inject
    Streams streams;

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

    /**
     * Whether the item is registered, for the commands that must name one: in the catalog table, else in the
     * item's own events, so that it is found as soon as its registration has answered.
     */
    public boolean registered(String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return false;
        }
        boolean inTable = sql.one("SELECT 1 FROM registry.catalog_item WHERE item_code = ?", rows -> true, itemCode)
                .isPresent();
        return inTable || streams.created(itemCode, CatalogItemRegistered.class).isPresent();
    }
}
