package org.relieftrace.contracts.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 协议储备 — an enterprise contracted to hold {@code lines} (item and quantity) for the reserve of {@code divisionCode}
 * and hand them over when called off (协议储备调用), for the contract period {@code validFrom}–{@code validTo}.
 */
@Revision("1")
public record ReserveAgreementSigned(UUID agreementId, String contractNumber, String enterprise,
                                     List<AgreedQuantity> lines, LocalDate validFrom, LocalDate validTo,
                                     String divisionCode) {

    /** 协议数量 — what the enterprise holds of one item under the agreement. */
    public record AgreedQuantity(String itemCode, long quantity) {
    }
}
