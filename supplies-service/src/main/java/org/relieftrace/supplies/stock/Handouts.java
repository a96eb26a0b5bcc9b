package org.relieftrace.supplies.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.supplies.stock.StockEvents.DistributionReversed;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;

/**
 * 已分发 — what a depot handed to each household per disaster and item, owned by {@link DepotStock}, so that a
 * household gets no more than its limit from this depot; and each distribution, so that it can be reversed.
 */
final class Handouts {

    /** A distribution as its reversal needs it: the household, the disaster and the lots the goods came from. */
    record Handout(UUID householdId, UUID disasterId, List<LotQuantity> lots) {
    }

    /** Quantity by "household|disaster|item". */
    private final Map<String, Long> handedOut = new HashMap<>();
    private final Map<UUID, Handout> distributions = new HashMap<>();

    private static String key(UUID householdId, UUID disasterId, String itemCode) {
        return householdId + "|" + disasterId + "|" + itemCode;
    }

    /** Refuses a distribution that would take the household beyond {@code limit} (null: no limit). */
    void checkLimit(UUID householdId, UUID disasterId, String itemCode, long quantity, Long limit) {
        long already = handedOut.getOrDefault(key(householdId, disasterId, itemCode), 0L);
        if (limit != null && already + quantity > limit) {
            throw new DomainRuleViolation("household-limit-exceeded", "Household " + householdId
                    + " may receive at most " + limit + " of " + itemCode + " for this disaster and has had "
                    + already, itemCode, limit, already);
        }
    }

    /** A distribution of this depot; 404 when it is not one. */
    Handout distribution(UUID distributionId) {
        Handout handout = distributions.get(distributionId);
        if (handout == null) {
            throw new NotFound("distribution", distributionId);
        }
        return handout;
    }

    void handed(StockDistributed event) {
        event.lots().forEach(part -> count(event.householdId(), event.disasterId(), part.itemCode(), part.quantity()));
        distributions.put(event.distributionId(), new Handout(event.householdId(), event.disasterId(), event.lots()));
    }

    /** A reversed distribution no longer counts against the household's limit. */
    void reversed(DistributionReversed event) {
        event.lots().forEach(part -> count(event.householdId(), event.disasterId(), part.itemCode(),
                -part.quantity()));
    }

    private void count(UUID householdId, UUID disasterId, String itemCode, long quantity) {
        handedOut.merge(key(householdId, disasterId, itemCode), quantity, Long::sum);
    }
}
