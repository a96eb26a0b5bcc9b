package org.relieftrace.registry.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.audit.PersonalDataAccess;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.household.HouseholdViews.HouseholdRecord;
import org.relieftrace.registry.household.HouseholdViews.HouseholdView;

/**
 * Who may change or read a household, for the household endpoints. A change is checked against the household's own
 * events ({@link HouseholdQueries#recorded}), so a household can be changed right after its registration; a read
 * shows the read model. ID and account numbers are shown in full to the roles of {@link Masks#SEE_IN_FULL} only,
 * and every read of them is recorded ({@link PersonalDataAccess}).
 */
@ApplicationScoped
public class HouseholdAccess {

    private static final String HOUSEHOLD = "Household";

    @Inject
    HouseholdQueries households;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    PersonalDataAccess personalData;

    /** The household as its events record it, which the caller may change; {@code 404} when none is registered. */
    public HouseholdRecord acting(UUID householdId) {
        HouseholdRecord household = households.recorded(householdId)
                .orElseThrow(() -> new NotFound("household", householdId));
        access.requireActingIn(household.divisionCode());
        return household;
    }

    /** The household as its events record it, whether or not the caller may change it. */
    public Optional<HouseholdRecord> recorded(UUID householdId) {
        return households.recorded(householdId);
    }

    /** The household as the read model shows it, which the caller may read; {@code 404} when not (yet) there. */
    public HouseholdView reading(UUID householdId) {
        HouseholdView household = households.find(householdId)
                .orElseThrow(() -> new NotFound("household", householdId));
        access.requireReading(household.divisionCode());
        return household;
    }

    /** Whether the caller sees ID and account numbers in full. */
    public boolean seesInFull() {
        Caller who = caller.get();
        return Masks.SEE_IN_FULL.stream().anyMatch(who::hasRole);
    }

    /** Records that the caller read these households' personal data, in {@code scope}, as {@code what}. */
    public void recordRead(List<UUID> householdIds, String scope, String what) {
        if (!householdIds.isEmpty()) {
            personalData.read(HOUSEHOLD, householdIds.stream().map(UUID::toString).toList(), scope, what,
                    seesInFull());
        }
    }
}
