package org.relieftrace.relief.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.registryfacts.RegistryFacts;
import org.relieftrace.relief.reliefcase.CaseView;

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
    RegistryFacts registry;

    /** The payee of the case, or why it is held back. */
    public Decision payeeOf(CaseView c, Instant now) {
        RegistryFacts.Household household = registry.household(c.householdId()).orElse(null);
        if (household == null) {
            return held("household unknown");
        }
        UUID payee = c.beneficiaryPersonId() != null ? c.beneficiaryPersonId() : household.headPersonId();
        Optional<RegistryFacts.Account> found = registry.account(c.householdId());
        if (found.isEmpty()) {
            return held("no payout account");
        }
        RegistryFacts.Account account = found.get();
        if (!account.holderPersonId().equals(payee)) {
            return held(c.beneficiaryPersonId() != null ? "the account is not the beneficiary's own card"
                    : "per-household money goes to the head's card; the account belongs to another person");
        }
        RegistryFacts.Person person = registry.person(payee).orElse(null);
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
