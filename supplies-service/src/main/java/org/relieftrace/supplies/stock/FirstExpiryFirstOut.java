package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;

/**
 * 先到期先出 — picks the lots that serve a list of wants: a named lot if the want names one, else the usable lots of
 * the item by earliest expiry (then lot number). Never more than is available, never from an expired lot, and all
 * wants or none: a want that cannot be met throws.
 */
final class FirstExpiryFirstOut {

    private static final Comparator<Map.Entry<UUID, Lot>> EARLIEST_EXPIRY = Comparator
            .comparing((Map.Entry<UUID, Lot> e) -> e.getValue().expiresOn(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.getValue().lotNumber());

    private final Map<UUID, Lot> lots;
    private final LocalDate today;
    /** What this pick has already taken from each lot. */
    private final Map<UUID, Long> taken = new HashMap<>();

    private FirstExpiryFirstOut(Map<UUID, Lot> lots, LocalDate today) {
        this.lots = lots;
        this.today = today;
    }

    /** The lot quantities that meet every want, in order. */
    static List<LotQuantity> pick(Map<UUID, Lot> lots, List<StockCommands.Want> wants, LocalDate today) {
        FirstExpiryFirstOut picking = new FirstExpiryFirstOut(lots, today);
        List<LotQuantity> result = new ArrayList<>();
        for (StockCommands.Want want : wants) {
            result.addAll(want.lotId() != null ? picking.named(want) : picking.earliest(want));
        }
        return result;
    }

    private long free(UUID lotId, Lot lot) {
        return lot.available() - taken.getOrDefault(lotId, 0L);
    }

    private List<LotQuantity> named(StockCommands.Want want) {
        Lot lot = Lots.require(lots, want.lotId());
        if (!lot.itemCode().equals(want.itemCode())) {
            throw new DomainRuleViolation("lot-item-mismatch", "Lot " + lot.lotNumber() + " holds " + lot.itemCode()
                    + ", not " + want.itemCode(), lot.lotNumber(), lot.itemCode(), want.itemCode());
        }
        if (lot.expiredOn(today)) {
            throw new DomainRuleViolation("lot-expired", "Lot " + lot.lotNumber() + " expired on " + lot.expiresOn()
                    + "; it leaves stock only by write-off", lot.lotNumber(), lot.expiresOn());
        }
        long free = free(want.lotId(), lot);
        if (free < want.quantity()) {
            throw insufficient(want, free);
        }
        taken.merge(want.lotId(), want.quantity(), Long::sum);
        return List.of(lot.part(want.lotId(), want.quantity()));
    }

    private List<LotQuantity> earliest(StockCommands.Want want) {
        List<LotQuantity> result = new ArrayList<>();
        long missing = want.quantity();
        List<Map.Entry<UUID, Lot>> usable = lots.entrySet().stream()
                .filter(e -> e.getValue().itemCode().equals(want.itemCode()) && !e.getValue().expiredOn(today))
                .sorted(EARLIEST_EXPIRY).toList();
        for (Map.Entry<UUID, Lot> candidate : usable) {
            long part = Math.min(free(candidate.getKey(), candidate.getValue()), missing);
            if (part > 0) {
                taken.merge(candidate.getKey(), part, Long::sum);
                result.add(candidate.getValue().part(candidate.getKey(), part));
                missing -= part;
            }
            if (missing == 0) {
                return result;
            }
        }
        boolean onlyExpired = result.isEmpty() && lots.values().stream().anyMatch(lot ->
                lot.itemCode().equals(want.itemCode()) && lot.expiredOn(today) && lot.available() > 0);
        if (onlyExpired) {
            throw new DomainRuleViolation("lot-expired", "Only expired lots of " + want.itemCode()
                    + " are left; they leave stock only by write-off", want.itemCode());
        }
        throw insufficient(want, want.quantity() - missing);
    }

    private static DomainRuleViolation insufficient(StockCommands.Want want, long available) {
        return new DomainRuleViolation("insufficient-stock", "Only " + available + " of " + want.itemCode()
                + " available, " + want.quantity() + " asked for", want.itemCode(), available, want.quantity());
    }
}
