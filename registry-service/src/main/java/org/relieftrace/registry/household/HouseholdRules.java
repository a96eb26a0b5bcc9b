package org.relieftrace.registry.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.division.DivisionQueries;
import org.relieftrace.registry.division.DivisionViews.DivisionView;
import org.relieftrace.registry.household.HouseholdViews.PersonRegistration;

/**
 * 户籍规则 — what a household registration is checked against beyond its body's bean constraints
 * ({@link HouseholdRequests.HouseholdRequest}), for one household and for the rows of an import alike: a valid
 * resident ID number, a head with a phone, a registered village or township. Each problem is an English message,
 * empty when the rule holds.
 * <p>
 * That a person belongs to one household at a time is not decided here but by the household's command, which claims
 * the number in the transaction of its event ({@link ResidentIdClaims}, {@code 409 person-already-registered}); the
 * person read model ({@link #registeredIn}) only lets an import's preview name the rows that will be refused.
 */
@ApplicationScoped
public class HouseholdRules {

    /** The phone pattern and its message, as on {@code POST /households}. */
    public static final String PHONE = HouseholdRequests.PHONE;
    public static final String PHONE_MESSAGE = HouseholdRequests.PHONE_MESSAGE;
    public static final String PHONE_REQUIRED = "the head of household needs a phone number";

    @Inject
    BeijingTime time;

    @Inject
    DivisionQueries divisions;

    @Inject
    HouseholdQueries households;

    /** What is wrong with a resident ID number today (Beijing time), see {@link ResidentIds}. */
    public Optional<String> idNumberProblem(String idNumber) {
        return ResidentIds.problemWith(idNumber, time.today());
    }

    /** A household lives in a registered village or township (read from the division's own events). */
    public Optional<String> residentDivisionProblem(String code) {
        Optional<DivisionView> division = divisions.registered(code);
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
    public Optional<UUID> registeredIn(String idNumber) {
        return households.personByIdNumber(idNumber).map(PersonRegistration::householdId);
    }

    /** Refuses a resident ID number that is malformed ({@code 400} naming {@code field}). */
    public void requireValidIdNumber(String field, String idNumber) {
        idNumberProblem(idNumber).ifPresent(problem -> {
            throw new InvalidInput(field, problem);
        });
    }

    /** Refuses a household's head without a valid ID number or a phone, every field named at once. */
    public void requireValidHead(String idNumber, String phone) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        idNumberProblem(idNumber).ifPresent(p -> errors.add(new InvalidInput.FieldError("head.idNumber", p)));
        if (phone == null) {
            errors.add(new InvalidInput.FieldError("head.phone", PHONE_REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Refuses a division a household cannot live in ({@code 400} naming {@code field}). */
    public void requireResidentDivision(String field, String code) {
        residentDivisionProblem(code).ifPresent(problem -> {
            throw new InvalidInput(field, problem);
        });
    }
}
