package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link CapacityAgreement}. */
public final class CapacityCommands {

    private CapacityCommands() {
    }

    /** 生产能力储备协议登记 — record a production-capacity agreement with an enterprise. */
    public record SignCapacityAgreement(UUID agreementId, String contractNumber, String enterprise, String itemCode,
                                        long dailyCapacity, int leadTimeDays, LocalDate validFrom,
                                        LocalDate validTo, String divisionCode) {

        /** Agreements have a stream of their own in the shared event store: {@code capacity:<uuid>}. */
        @TargetAggregateIdentifier
        public String stream() {
            return CapacityAgreement.streamOf(agreementId);
        }
    }
}
