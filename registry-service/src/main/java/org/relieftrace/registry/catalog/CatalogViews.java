package org.relieftrace.registry.catalog;

import java.util.List;

/** What the catalog queries answer. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** 物资目录 — one supply item; {@code shelfLifeDays} is null for durable goods. */
    public record CatalogItemView(String itemCode, String nameZh, String nameEn, String category, String unit,
                                  String specification, Integer shelfLifeDays) {
    }

    /** A page of catalog items. */
    public record CatalogPage(List<CatalogItemView> items, int page, int size, long total) {
    }
}
