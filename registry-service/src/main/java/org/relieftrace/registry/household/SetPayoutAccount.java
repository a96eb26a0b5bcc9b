package org.relieftrace.registry.household;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 一卡通账户 — set or change the account that receives the household's money: the card of {@code holderPersonId}, held in
 * that person's own name.
 */
public record SetPayoutAccount(UUID householdId, UUID holderPersonId, String bank, String accountNumber,
                               String holderName) {

    /** The household's event stream; see {@link Household#streamOf(UUID)}. */
    @TargetAggregateIdentifier
    public String stream() {
        return Household.streamOf(householdId);
    }
}
