package org.relieftrace.contracts.supplies;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 入库登记 — a lot entered a depot's stock through a receipt. {@code reference} is the contract number, donation
 * record or call-off order; {@code supplier} the supplier, donor or agreement enterprise.
 */
@Revision("1")
public record StockReceived(UUID depotId, UUID receiptId, UUID lotId, String itemCode, String lotNumber,
                            long quantity, String unit, String specification, String origin, LocalDate producedOn,
                            LocalDate expiresOn, LocalDate receivedOn, ReceiptSource source, String reference,
                            String supplier) {
}
