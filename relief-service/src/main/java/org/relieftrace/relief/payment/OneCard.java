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
 * the configured days (30) before the batch is flagged for a second check.
 */
@ApplicationScoped
public class OneCard {

    /** The account a case is paid to, with a flag when it needs a second look. */
    public record Payee(UUID personId, String name, String bank, String accountNumber, String flag) {
    }

    /** Why a case cannot be paid now; {@code payee} is set when it can. */
    public record Decision(Payee payee, String heldBecause) {
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
            return held("household unknown");
        }
        UUID payee = c.beneficiaryPersonId() != null ? c.beneficiaryPersonId() : household.headPersonId();
        if (account == null) {
            return held("no payout account");
        }
        if (!account.holderPersonId().equals(payee)) {
            return held(c.beneficiaryPersonId() != null ? "the account is not the beneficiary's own card"
                    : "per-household money goes to the head's card; the account belongs to another person");
        }
        Person person = personOf.apply(payee);
        if (person == null || !person.name().equals(account.holderName())) {
            return held("the account holder's name is not the payee's name");
        }
        if (!person.alive()) {
            return held("the payee is deceased");
        }
        int checkDays = rules.accountChangeCheckDays();
        String flag = null;
        if (account.changedAt() != null && account.changedAt().isAfter(now.minus(Duration.ofDays(checkDays)))) {
            flag = "account changed at " + account.changedAt() + ", within " + checkDays
                    + " days: check it a second time";
        }
        return new Decision(new Payee(payee, person.name(), account.bank(), account.accountNumber(), flag), null);
    }

    private static Decision held(String why) {
        return new Decision(null, why);
    }
}
