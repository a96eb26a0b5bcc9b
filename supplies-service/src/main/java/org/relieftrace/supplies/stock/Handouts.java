package org.relieftrace.supplies.stock;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;

/**
 * 已分发 — what a depot handed to each household per disaster and item, owned by {@link DepotStock}, so that a
 * household gets no more than its limit from this depot.
 */
final class Handouts {

    /** Quantity by "household|disaster|item". */
    private final Map<String, Long> handedOut = new HashMap<>();

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

    void handed(UUID householdId, UUID disasterId, String itemCode, long quantity) {
        handedOut.merge(key(householdId, disasterId, itemCode), quantity, Long::sum);
    }
}
