package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;

/**
 * The lots of one depot and what is set aside from them: the state behind {@link DepotStock}, with the rules of
 * taking stock — never more than is available (on hand minus reserved), first expiry first out unless a lot is
 * named, and never from an expired lot (that leaves only by write-off).
 */
public class StockBook {

    /** One lot on the shelf. */
    public static class Lot {
        public String itemCode;
        public String lotNumber;
        public String unit;
        public LocalDate producedOn;
        public LocalDate expiresOn;
        public long onHand;
        public long reserved;

        public Lot() {
            // for snapshots
        }

        Lot(String itemCode, String lotNumber, String unit, LocalDate producedOn, LocalDate expiresOn) {
            this.itemCode = itemCode;
            this.lotNumber = lotNumber;
            this.unit = unit;
            this.producedOn = producedOn;
            this.expiresOn = expiresOn;
        }

        long available() {
            return onHand - reserved;
        }

        boolean expiredOn(LocalDate today) {
            return expiresOn != null && !today.isBefore(expiresOn);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Lot lot && onHand == lot.onHand && reserved == lot.reserved
                    && Objects.equals(itemCode, lot.itemCode) && Objects.equals(lotNumber, lot.lotNumber)
                    && Objects.equals(unit, lot.unit) && Objects.equals(producedOn, lot.producedOn)
                    && Objects.equals(expiresOn, lot.expiresOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemCode, lotNumber, onHand, reserved);
        }
    }

    /** Lots by id, in the order they arrived. */
    final Map<UUID, Lot> lots = new LinkedHashMap<>();
    /** Reservations by id: quantity per lot. */
    final Map<UUID, Map<UUID, Long>> reservations = new HashMap<>();

    boolean has(UUID lotId) {
        return lots.containsKey(lotId);
    }

    Lot lot(UUID lotId) {
        Lot lot = lots.get(lotId);
        if (lot == null) {
            throw new DomainRuleViolation("lot-unknown", "Lot " + lotId + " is not in this depot", lotId);
        }
        return lot;
    }

    void add(UUID lotId, String itemCode, String lotNumber, String unit, LocalDate producedOn, LocalDate expiresOn,
             long quantity) {
        lots.computeIfAbsent(lotId, id -> new Lot(itemCode, lotNumber, unit, producedOn, expiresOn)).onHand
                += quantity;
    }

    /** Takes every wanted quantity, or none: throws when one cannot be met. */
    List<LotQuantity> take(List<StockCommands.Want> wants, LocalDate today) {
        Map<UUID, Long> taken = new HashMap<>();
        List<LotQuantity> result = new ArrayList<>();
        for (StockCommands.Want want : wants) {
            result.addAll(take(want, today, taken));
        }
        return result;
    }

    private List<LotQuantity> take(StockCommands.Want want, LocalDate today, Map<UUID, Long> taken) {
        if (want.lotId() != null) {
            Lot lot = lot(want.lotId());
            if (!lot.itemCode.equals(want.itemCode())) {
                throw new DomainRuleViolation("lot-item-mismatch", "Lot " + lot.lotNumber + " holds "
                        + lot.itemCode + ", not " + want.itemCode(), lot.lotNumber, lot.itemCode, want.itemCode());
            }
            if (lot.expiredOn(today)) {
                throw expired(lot);
            }
            long free = lot.available() - taken.getOrDefault(want.lotId(), 0L);
            if (free < want.quantity()) {
                throw insufficient(want, free);
            }
            taken.merge(want.lotId(), want.quantity(), Long::sum);
            return List.of(quantity(want.lotId(), lot, want.quantity()));
        }
        List<Map.Entry<UUID, Lot>> candidates = lots.entrySet().stream()
                .filter(e -> e.getValue().itemCode.equals(want.itemCode()) && !e.getValue().expiredOn(today))
                .sorted(Comparator.comparing((Map.Entry<UUID, Lot> e) -> e.getValue().expiresOn,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.getValue().lotNumber))
                .toList();
        List<LotQuantity> result = new ArrayList<>();
        long missing = want.quantity();
        for (Map.Entry<UUID, Lot> candidate : candidates) {
            long free = candidate.getValue().available() - taken.getOrDefault(candidate.getKey(), 0L);
            long part = Math.min(free, missing);
            if (part > 0) {
                taken.merge(candidate.getKey(), part, Long::sum);
                result.add(quantity(candidate.getKey(), candidate.getValue(), part));
                missing -= part;
            }
            if (missing == 0) {
                return result;
            }
        }
        boolean onlyExpired = lots.values().stream().anyMatch(l -> l.itemCode.equals(want.itemCode())
                && l.expiredOn(today) && l.available() > 0) && result.isEmpty();
        if (onlyExpired) {
            throw new DomainRuleViolation("lot-expired", "Only expired lots of " + want.itemCode()
                    + " are left; they leave stock only by write-off", want.itemCode());
        }
        throw insufficient(want, want.quantity() - missing);
    }

    private static LotQuantity quantity(UUID lotId, Lot lot, long quantity) {
        return new LotQuantity(lotId, lot.itemCode, lot.lotNumber, lot.unit, lot.producedOn, lot.expiresOn, quantity);
    }

    static DomainRuleViolation expired(Lot lot) {
        return new DomainRuleViolation("lot-expired", "Lot " + lot.lotNumber + " expired on " + lot.expiresOn
                + "; it leaves stock only by write-off", lot.lotNumber, lot.expiresOn);
    }

    private static DomainRuleViolation insufficient(StockCommands.Want want, long available) {
        return new DomainRuleViolation("insufficient-stock", "Only " + available + " of " + want.itemCode()
                + " available, " + want.quantity() + " asked for", want.itemCode(), available, want.quantity());
    }

    void reserve(UUID reservationId, List<LotQuantity> taken) {
        Map<UUID, Long> held = reservations.computeIfAbsent(reservationId, id -> new HashMap<>());
        for (LotQuantity part : taken) {
            lots.get(part.lotId()).reserved += part.quantity();
            held.merge(part.lotId(), part.quantity(), Long::sum);
        }
    }

    /** The lots of a reservation, with their labels. */
    List<LotQuantity> reservation(UUID reservationId) {
        List<LotQuantity> parts = new ArrayList<>();
        reservations.getOrDefault(reservationId, Map.of()).forEach((lotId, quantity) ->
                parts.add(quantity(lotId, lots.get(lotId), quantity)));
        return parts;
    }

    void release(UUID reservationId) {
        Map<UUID, Long> held = reservations.remove(reservationId);
        if (held != null) {
            held.forEach((lotId, quantity) -> lots.get(lotId).reserved -= quantity);
        }
    }

    void issue(UUID reservationId) {
        Map<UUID, Long> held = reservations.remove(reservationId);
        if (held != null) {
            held.forEach((lotId, quantity) -> {
                Lot lot = lots.get(lotId);
                lot.reserved -= quantity;
                lot.onHand -= quantity;
            });
        }
    }

    void remove(UUID lotId, long quantity) {
        lots.get(lotId).onHand -= quantity;
    }
}
