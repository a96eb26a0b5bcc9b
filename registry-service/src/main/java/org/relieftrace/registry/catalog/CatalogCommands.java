package org.relieftrace.registry.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link CatalogItem}. */
public final class CatalogCommands {

    private CatalogCommands() {
    }

    /**
     * 物资目录登记 — enter a supply item into the catalog under its code. {@code shelfLifeDays} is null for durable
     * goods.
     */
    public record RegisterCatalogItem(@TargetAggregateIdentifier String itemCode, String nameZh, String nameEn,
                                      SupplyCategory category, String unit, String specification,
                                      Integer shelfLifeDays) {
    }
}
