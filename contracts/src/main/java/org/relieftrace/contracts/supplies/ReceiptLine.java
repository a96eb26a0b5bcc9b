package org.relieftrace.contracts.supplies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a receipt: the label of one lot (批次标签) — item, specification, origin, lot number, quantity,
 * production and expiry date. {@code expiresOn} is null for durable goods.
 */
public record ReceiptLine(UUID lotId, String itemCode, String lotNumber, long quantity, String unit,
                          String specification, String origin, LocalDate producedOn, LocalDate expiresOn) {
}
