package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the agreement-reserve endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** 协议储备 — one agreement as registered; what was called off is answered by the supplies-service. */
    public record ReserveAgreementView(UUID agreementId, String contractNumber, String enterprise,
                                       List<AgreedLineView> lines, LocalDate validFrom, LocalDate validTo,
                                       String divisionCode) {
    }

    /** 协议数量 — what the enterprise holds of one item. */
    public record AgreedLineView(String itemCode, long quantity) {
    }

    /** What a recorded agreement answers. */
    public record ReserveAgreementRecorded(UUID agreementId) {
    }
}
