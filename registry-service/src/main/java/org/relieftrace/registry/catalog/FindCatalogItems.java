package org.relieftrace.registry.catalog;

/** Finds a page of catalog items ordered by code, optionally of one category. */
public record FindCatalogItems(SupplyCategory category, int page, int size) {
}
