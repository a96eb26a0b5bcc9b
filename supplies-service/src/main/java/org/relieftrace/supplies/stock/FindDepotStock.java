package org.relieftrace.supplies.stock;

import java.util.UUID;

/** Finds the stock of one depot: totals per item and a page of its lots, earliest expiry first. */
public record FindDepotStock(UUID depotId, int page, int size) {
}
