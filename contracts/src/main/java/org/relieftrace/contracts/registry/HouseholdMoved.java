package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 户迁移 — a household now lives in another division (a village or township) at another address. */
@Revision("1")
public record HouseholdMoved(UUID householdId, String divisionCode, String address, String previousDivisionCode) {
}
