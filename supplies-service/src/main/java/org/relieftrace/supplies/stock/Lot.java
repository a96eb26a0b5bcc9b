package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 批次 — one lot on a depot's shelf as its stock book knows it: its label, what is on hand and what of that is set
 * aside for transfers. Immutable: a movement gives a new {@code Lot}.
 */
public record Lot(String itemCode, String lotNumber, String unit, LocalDate producedOn, LocalDate expiresOn,
                  long onHand, long reserved) {

    /** What can still be taken: on hand minus reserved. */
    public long available() {
        return onHand - reserved;
    }

    /** True from its expiry day on: the lot then leaves stock only by write-off. */
    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn);
    }

    /** The same lot with on-hand and reserved quantities changed by the given amounts. */
    Lot plus(long onHandChange, long reservedChange) {
        return new Lot(itemCode, lotNumber, unit, producedOn, expiresOn, onHand + onHandChange,
                reserved + reservedChange);
    }

    /** A quantity of this lot, labelled so it can follow the goods. */
    LotQuantity part(UUID lotId, long quantity) {
        return new LotQuantity(lotId, itemCode, lotNumber, unit, producedOn, expiresOn, quantity);
    }
}
