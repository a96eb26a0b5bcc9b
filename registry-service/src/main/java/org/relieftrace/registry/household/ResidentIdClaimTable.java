package org.relieftrace.registry.household;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;

/**
 * The resident ID claims in the table {@code registry.resident_id_claim}, keyed by the number's digest. Called from a
 * household's command handler, each statement joins the command's JTA transaction: the primary key makes a second
 * claim on the same number wait until the first commits (then it finds it taken) or rolls back (then it takes it).
 * Not a read model: it is written by commands, never rebuilt from events, and a projection reset leaves it alone.
 */
@ApplicationScoped
public class ResidentIdClaimTable implements ResidentIdClaims {

    @Inject
    Sql sql;

    @Override
    public Optional<UUID> claim(String idNumber, UUID householdId, UUID personId) {
        String digest = ResidentIds.digestOf(idNumber);
        sql.update("""
                INSERT INTO registry.resident_id_claim (id_digest, household_id, person_id) VALUES (?, ?, ?)
                ON CONFLICT (id_digest) DO NOTHING""", digest, householdId, personId);
        UUID holder = sql.one("SELECT household_id FROM registry.resident_id_claim WHERE id_digest = ?",
                rows -> rows.getObject(1, UUID.class), digest).orElse(householdId);
        return holder.equals(householdId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void pass(String idNumber, UUID fromHouseholdId, UUID toHouseholdId, UUID personId) {
        sql.update("""
                INSERT INTO registry.resident_id_claim (id_digest, household_id, person_id) VALUES (?, ?, ?)
                ON CONFLICT (id_digest) DO UPDATE SET household_id = EXCLUDED.household_id
                    WHERE resident_id_claim.household_id = ?""",
                ResidentIds.digestOf(idNumber), toHouseholdId, personId, fromHouseholdId);
    }

    @Override
    public void release(String idNumber, UUID householdId) {
        sql.update("DELETE FROM registry.resident_id_claim WHERE id_digest = ? AND household_id = ?",
                ResidentIds.digestOf(idNumber), householdId);
    }
}
