package org.relieftrace.contracts.supplies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 入库 — receive goods into a depot, one new lot per line. */
public record ReceiveStock(@TargetAggregateIdentifier UUID depotId, UUID receiptId, ReceiptSource source,
                           String reference, String supplier, LocalDate receivedOn, List<ReceiptLine> lines) {
}
