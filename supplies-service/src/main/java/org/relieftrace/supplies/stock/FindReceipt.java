package org.relieftrace.supplies.stock;

import java.util.UUID;

/** Finds the lots one receipt brought into a depot. */
public record FindReceipt(UUID depotId, UUID receiptId) {
}
