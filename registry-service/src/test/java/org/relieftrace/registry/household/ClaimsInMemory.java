package org.relieftrace.registry.household;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Resident ID claims held in a map, for the household's fixture tests: the same answers as the claim table. */
final class ClaimsInMemory implements ResidentIdClaims {

    private final Map<String, UUID> holders = new ConcurrentHashMap<>();

    @Override
    public Optional<UUID> claim(String idNumber, UUID householdId, UUID personId) {
        UUID holder = holders.putIfAbsent(ResidentIds.digestOf(idNumber), householdId);
        return holder == null || holder.equals(householdId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void pass(String idNumber, UUID fromHouseholdId, UUID toHouseholdId, UUID personId) {
        holders.merge(ResidentIds.digestOf(idNumber), toHouseholdId,
                (held, to) -> held.equals(fromHouseholdId) ? to : held);
    }

    @Override
    public void release(String idNumber, UUID householdId) {
        holders.remove(ResidentIds.digestOf(idNumber), householdId);
    }

    /** The household holding the number, if any. */
    Optional<UUID> holder(String idNumber) {
        return Optional.ofNullable(holders.get(ResidentIds.digestOf(idNumber)));
    }
}
