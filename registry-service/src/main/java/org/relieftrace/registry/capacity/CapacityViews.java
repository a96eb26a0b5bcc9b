package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.UUID;

/** What the capacity-agreement endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class CapacityViews {

    private CapacityViews() {
    }

    /** 生产能力储备协议 — one agreement. */
    public record CapacityAgreementView(UUID agreementId, String contractNumber, String enterprise, String itemCode,
                                        long dailyCapacity, int leadTimeDays, LocalDate validFrom,
                                        LocalDate validTo, String divisionCode) {
    }

    /** What a recorded agreement answers. */
    public record CapacityAgreementRecorded(UUID agreementId) {
    }
}
