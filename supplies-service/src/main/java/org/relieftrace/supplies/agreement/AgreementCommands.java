package org.relieftrace.supplies.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of an agreement's call-off book ({@link AgreementCallOffs}). */
public final class AgreementCommands {

    private AgreementCommands() {
    }

    /** One item and a quantity: agreed under an agreement, or called off. */
    public record ItemQuantity(String itemCode, long quantity) {
    }

    /**
     * 协议储备 — an agreement's terms as the registry published them: what the enterprise holds per item, for which
     * division, and when the agreement is in force. Terms never change once signed.
     */
    public record AgreementTerms(UUID agreementId, String contractNumber, List<ItemQuantity> agreed,
                                 LocalDate validFrom, LocalDate validTo, String divisionCode) {
    }

    /**
     * 协议储备调用 — call goods off an agreement for a receipt at a depot in {@code depotDivision}, on the day the goods
     * arrive. Sent together with the receipt, in one unit of work.
     */
    public record CallOff(AgreementTerms terms, UUID receiptId, UUID depotId, String depotDivision,
                          LocalDate receivedOn, List<ItemQuantity> lines) {

        /** The call-off book of the agreement: {@code calloffs:<agreement uuid>}. */
        @TargetAggregateIdentifier
        public String stream() {
            return AgreementCallOffs.streamOf(terms.agreementId());
        }
    }
}
