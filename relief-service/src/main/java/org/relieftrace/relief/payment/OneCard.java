package org.relieftrace.relief.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.payment.PayableCases.PayableCase;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Account;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Person;

/**
 * 一卡通 — whose card a case's money goes to: per-household money to the head's card, per-person money (a case for
 * a named person) to that person's own card, always an account in the payee's own name. An account changed within
 * the configured days (30) before the batch is flagged: its payment is held out of the bank file until a second user
 * checks it ({@link PaymentBatch}). Each hold has a code ({@link HeldReasons}) and a text.
 */
@ApplicationScoped
public class OneCard {

    /**
     * The account a case is paid to, with a flag when it needs a second look ({@code flag}: the English text;
     * {@code accountChangedBy}: who changed the account, who cannot do that second check).
     */
    public record Payee(UUID personId, String name, String bank, String accountNumber, String flag,
                        String accountChangedBy) {
    }

    /** Why a case cannot be paid now ({@code heldCode}: a {@link HeldReasons} code); {@code payee} is set when it can. */
    public record Decision(Payee payee, String heldBecause, String heldCode) {
    }

    @Inject
    ReliefRules rules;

    @Inject
    RegistryFactsQueries registry;

    /** The payee of the case, or why it is held back. */
    public Decision payeeOf(PayableCase c, Instant now) {
        return decide(c, registry.household(c.householdId()).orElse(null),
                registry.account(c.householdId()).orElse(null), id -> registry.person(id).orElse(null), now);
    }

    /** The payees of many cases, by case id: the same decisions as {@link #payeeOf}, from three queries. */
    public Map<UUID, Decision> payeesOf(List<PayableCase> cases, Instant now) {
        List<UUID> householdIds = cases.stream().map(PayableCase::householdId).toList();
        Map<UUID, Household> households = registry.households(householdIds);
        Map<UUID, Account> accounts = registry.accounts(householdIds);
        Map<UUID, Person> holders = registry.persons(accounts.values().stream()
                .map(Account::holderPersonId).toList());
        Map<UUID, Decision> decisions = new HashMap<>();
        for (PayableCase c : cases) {
            decisions.put(c.caseId(), decide(c, households.get(c.householdId()), accounts.get(c.householdId()),
                    holders::get, now));
        }
        return decisions;
    }

    private Decision decide(PayableCase c, Household household, Account account,
                            Function<UUID, Person> personOf, Instant now) {
        if (household == null) {
            return held(HeldReasons.HOUSEHOLD_UNKNOWN, "household unknown");
        }
        UUID payee = c.beneficiaryPersonId() != null ? c.beneficiaryPersonId() : household.headPersonId();
        if (account == null) {
            return held(HeldReasons.NO_ACCOUNT, "no payout account");
        }
        if (!account.holderPersonId().equals(payee)) {
            return held(HeldReasons.NOT_PAYEES_OWN, c.beneficiaryPersonId() != null
                    ? "the account is not the beneficiary's own card"
                    : "per-household money goes to the head's card; the account belongs to another person");
        }
        Person person = personOf.apply(payee);
        if (person == null || !person.name().equals(account.holderName())) {
            return held(HeldReasons.NAME_MISMATCH, "the account holder's name is not the payee's name");
        }
        if (!person.alive()) {
            return held(HeldReasons.PAYEE_DECEASED, "the payee is deceased");
        }
        String flag = recentlyChanged(account, now)
                ? "account changed at " + account.changedAt() + ", within " + rules.accountChangeCheckDays()
                + " days: held out of the bank file until a second user checks it" : null;
        return new Decision(new Payee(payee, person.name(), account.bank(), account.accountNumber(), flag,
                flag == null ? null : account.changedBy()), null, null);
    }

    /** Whether the account changed within the configured window before {@code now}: its payment is held. */
    public boolean recentlyChanged(Account account, Instant now) {
        return account.changedAt() != null
                && account.changedAt().isAfter(now.minus(Duration.ofDays(rules.accountChangeCheckDays())));
    }

    private static Decision held(String code, String why) {
        return new Decision(null, why, code);
    }
}
