package org.relieftrace.registry.catalog;

/** Finds one catalog item by its code. */
public record FindCatalogItem(String itemCode) {
}
