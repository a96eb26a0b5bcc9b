package org.relieftrace.contracts.registry;

import org.axonframework.serialization.Revision;

/**
 * 物资目录 — a supply item entered the catalog. {@code shelfLifeDays} is null for durable goods.
 */
@Revision("1")
public record CatalogItemRegistered(String itemCode, String nameZh, String nameEn, String category, String unit,
                                    String specification, Integer shelfLifeDays) {
}
