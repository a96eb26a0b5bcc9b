package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;

/**
 * 库存账的批次 — the lots of one depot and what is set aside from them (预留), owned by {@link DepotStock}. Taking
 * stock follows {@link FirstExpiryFirstOut}; everything else here only records what the depot's events say.
 */
public final class Lots {

    /** Lots by id, in the order they arrived. */
    private final Map<UUID, Lot> lots = new LinkedHashMap<>();
    /** Reservations by id: quantity per lot. */
    private final Map<UUID, Map<UUID, Long>> reservations = new HashMap<>();

    /** Every lot, in the order they arrived. */
    public Collection<Lot> all() {
        return Collections.unmodifiableCollection(lots.values());
    }

    boolean has(UUID lotId) {
        return lots.containsKey(lotId);
    }

    /** The lot, or {@code lot-unknown} when it is not in this depot. */
    Lot lot(UUID lotId) {
        return require(lots, lotId);
    }

    static Lot require(Map<UUID, Lot> lots, UUID lotId) {
        Lot lot = lots.get(lotId);
        if (lot == null) {
            throw new DomainRuleViolation("lot-unknown", "Lot " + lotId + " is not in this depot", lotId);
        }
        return lot;
    }

    /** Takes every wanted quantity, or none: throws when one cannot be met. */
    List<LotQuantity> take(List<StockCommands.Want> wants, LocalDate today) {
        return FirstExpiryFirstOut.pick(lots, wants, today);
    }

    boolean isReserved(UUID reservationId) {
        return reservations.containsKey(reservationId);
    }

    /** The lots of a reservation, with their labels. */
    List<LotQuantity> reservation(UUID reservationId) {
        List<LotQuantity> parts = new ArrayList<>();
        reservations.getOrDefault(reservationId, Map.of()).forEach((lotId, quantity) ->
                parts.add(lots.get(lotId).part(lotId, quantity)));
        return parts;
    }

    void add(UUID lotId, LotQuantity label, long quantity) {
        Lot lot = lots.computeIfAbsent(lotId, id -> new Lot(label.itemCode(), label.lotNumber(), label.unit(),
                label.producedOn(), label.expiresOn(), 0, 0));
        lots.put(lotId, lot.plus(quantity, 0));
    }

    void reserve(UUID reservationId, List<LotQuantity> taken) {
        Map<UUID, Long> held = reservations.computeIfAbsent(reservationId, id -> new HashMap<>());
        for (LotQuantity part : taken) {
            change(part.lotId(), 0, part.quantity());
            held.merge(part.lotId(), part.quantity(), Long::sum);
        }
    }

    void release(UUID reservationId) {
        Map<UUID, Long> held = reservations.remove(reservationId);
        if (held != null) {
            held.forEach((lotId, quantity) -> change(lotId, 0, -quantity));
        }
    }

    void issue(UUID reservationId) {
        Map<UUID, Long> held = reservations.remove(reservationId);
        if (held != null) {
            held.forEach((lotId, quantity) -> change(lotId, -quantity, -quantity));
        }
    }

    /** Takes a quantity off the shelf (a negative quantity puts it back). */
    void remove(UUID lotId, long quantity) {
        change(lotId, -quantity, 0);
    }

    private void change(UUID lotId, long onHand, long reserved) {
        lots.put(lotId, lots.get(lotId).plus(onHand, reserved));
    }
}
