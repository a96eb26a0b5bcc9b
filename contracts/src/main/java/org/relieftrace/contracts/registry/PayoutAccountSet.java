package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 一卡通账户 — the account that receives a household's relief money was set or changed: the card of
 * {@code holderPersonId} (the head or a member), held in that person's own name {@code holderName}. Replaces any
 * earlier account of the household; the previous one stays in the history.
 */
@Revision("1")
public record PayoutAccountSet(UUID householdId, UUID holderPersonId, String bank, String accountNumber,
                               String holderName) {
}
