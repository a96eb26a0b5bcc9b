package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import org.relieftrace.registry.division.DivisionViews.DivisionView;
import org.relieftrace.registry.division.FindDivision;
import org.relieftrace.registry.household.HouseholdViews.PersonRegistration;

/**
 * The rules a household registration is checked against beyond its body's bean constraints
 * ({@link HouseholdRequests.HouseholdRequest}), for callers outside this package that register households in bulk:
 * a valid resident ID number, a head with a phone, a registered village or township, a head not yet registered.
 * Each answers the problem as an English message, or empty when the rule holds.
 */
public final class HouseholdRules {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The phone pattern and its message, as on {@code POST /households}. */
    public static final String PHONE = HouseholdRequests.PHONE;
    public static final String PHONE_MESSAGE = HouseholdRequests.PHONE_MESSAGE;
    public static final String PHONE_REQUIRED = "the head of household needs a phone number";

    private HouseholdRules() {
    }

    /** What is wrong with a resident ID number today (China time), see {@link ResidentIds}. */
    public static Optional<String> idNumberProblem(String idNumber) {
        return ResidentIds.problemWith(idNumber, LocalDate.now(CHINA));
    }

    /** A household lives in a registered village or township. */
    public static Optional<String> residentDivisionProblem(QueryGateway queries, String code) {
        Optional<DivisionView> division = queries.query(new FindDivision(code),
                ResponseTypes.optionalInstanceOf(DivisionView.class)).join();
        if (division.isEmpty()) {
            return Optional.of("division " + code + " is not registered");
        }
        String level = division.get().level();
        if (!"VILLAGE".equals(level) && !"TOWNSHIP".equals(level)) {
            return Optional.of("must be a village or a township, not a " + level);
        }
        return Optional.empty();
    }

    /** The household the person with this ID number is registered in, if any. */
    public static Optional<UUID> registeredIn(QueryGateway queries, String idNumber) {
        return queries.query(new FindPersonByIdNumber(idNumber),
                        ResponseTypes.optionalInstanceOf(PersonRegistration.class)).join()
                .map(PersonRegistration::householdId);
    }
}
