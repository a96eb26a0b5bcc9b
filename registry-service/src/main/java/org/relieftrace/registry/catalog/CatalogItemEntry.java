package org.relieftrace.registry.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;

/**
 * 物资目录 — one row of the catalog read model ({@code registry.catalog_item}) as the catalog queries read it. The
 * {@link CatalogProjection} writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "registry", name = "catalog_item")
public class CatalogItemEntry extends PanacheEntityBase {

    @Id
    String itemCode;

    String nameZh;

    String nameEn;

    String category;

    String unit;

    String specification;

    Integer shelfLifeDays;

    protected CatalogItemEntry() {
        // for Hibernate
    }

    CatalogItemView view() {
        return new CatalogItemView(itemCode, nameZh, nameEn, category, unit, specification, shelfLifeDays);
    }
}
