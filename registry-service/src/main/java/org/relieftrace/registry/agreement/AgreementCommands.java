package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;

/** What can be asked of a {@link ReserveAgreement}. */
public final class AgreementCommands {

    private AgreementCommands() {
    }

    /** 协议储备登记 — record an agreement reserve: what an enterprise holds per item for a division, and until when. */
    public record SignReserveAgreement(UUID agreementId, String contractNumber, String enterprise,
                                       List<AgreedQuantity> lines, LocalDate validFrom, LocalDate validTo,
                                       String divisionCode) {

        /** Agreements have a stream of their own in the shared event store: {@code agreement:<uuid>}. */
        @TargetAggregateIdentifier
        public String stream() {
            return ReserveAgreement.streamOf(agreementId);
        }
    }
}
