package org.relieftrace.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A lot (批次) of the material-chain history ({@link ChainHistory}) as the history hands out from it: its id, the
 * label it carries wherever it goes (item, lot number, unit, production and expiry dates) and what is still on hand.
 */
final class HistoryLot {

    final UUID id = UUID.randomUUID();
    final Map<String, Object> label;
    long onHand;

    HistoryLot(Map<String, Object> label, long onHand) {
        this.label = label;
        this.onHand = onHand;
    }

    /** A {@code LotQuantity} of the lot: its id, its label and {@code quantity}. */
    Map<String, Object> part(long quantity) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("lotId", id.toString());
        part.putAll(label);
        part.put("quantity", quantity);
        return part;
    }
}
