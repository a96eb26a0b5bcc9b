package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 仓库登记 — a depot was registered in a division; its tier is the division's level (COUNTY, TOWNSHIP, VILLAGE).
 * {@code kind} is GOVERNMENT, AGREEMENT_ENTERPRISE or SOCIAL_UNIT.
 */
@Revision("1")
public record DepotRegistered(UUID depotId, String code, String name, String divisionCode, String tier, String kind,
                              Double latitude, Double longitude, String address) {
}
