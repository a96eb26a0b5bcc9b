package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 生产能力储备 — an enterprise contracted to produce an item, up to {@code dailyCapacity} units a day, for the
 * contract period {@code validFrom}–{@code validTo}, for the reserve of {@code divisionCode}.
 */
@Revision("1")
public record CapacityAgreementSigned(UUID agreementId, String contractNumber, String enterprise, String itemCode,
                                      long dailyCapacity, LocalDate validFrom, LocalDate validTo,
                                      String divisionCode) {
}
