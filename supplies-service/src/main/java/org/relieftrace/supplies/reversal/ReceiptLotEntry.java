package org.relieftrace.supplies.reversal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.supplies.stock.ReversalRules;

/**
 * 批次 — a lot of the stock read model ({@code supplies.lot_stock}) as far as a receipt's reversal reads it: which
 * receipt brought it, and whether it can still give back what it received. The stock projection writes the table.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "lot_stock")
public class ReceiptLotEntry extends PanacheEntityBase {

    @Id
    UUID lotId;

    UUID depotId;

    UUID receiptId;

    long onHand;

    long reserved;

    long receivedQuantity;

    protected ReceiptLotEntry() {
        // for Hibernate
    }

    boolean canGiveBack() {
        return ReversalRules.lotCanGiveBack(onHand - reserved, receivedQuantity);
    }
}
