package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the capacity-agreement queries answer. */
public final class CapacityViews {

    private CapacityViews() {
    }

    /** 生产能力储备协议 — one agreement. */
    public record CapacityAgreementView(UUID agreementId, String contractNumber, String enterprise, String itemCode,
                                        long dailyCapacity, LocalDate validFrom, LocalDate validTo,
                                        String divisionCode) {
    }

    /** A page of agreements. */
    public record CapacityAgreementPage(List<CapacityAgreementView> items, int page, int size, long total) {
    }
}
