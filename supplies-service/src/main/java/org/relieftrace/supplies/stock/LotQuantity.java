package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.UUID;

/** A quantity taken from one lot (批次), with the lot's label so that it can follow the goods to the next tier. */
public record LotQuantity(UUID lotId, String itemCode, String lotNumber, String unit, LocalDate producedOn,
                          LocalDate expiresOn, long quantity) {
}
