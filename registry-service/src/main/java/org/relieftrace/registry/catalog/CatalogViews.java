package org.relieftrace.registry.catalog;

/** What the catalog endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** 物资目录 — one supply item; {@code shelfLifeDays} is null for durable goods. */
    public record CatalogItemView(String itemCode, String nameZh, String nameEn, String category, String unit,
                                  String specification, Integer shelfLifeDays) {
    }

    /** What a registered catalog item answers. */
    public record CatalogItemRegisteredAnswer(String itemCode) {
    }
}
