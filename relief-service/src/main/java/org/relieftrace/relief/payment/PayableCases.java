package org.relieftrace.relief.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 待发放案件 — the approved relief cases as payments see them. The case feature answers it from its read model; the
 * payment feature names only this, so that payments know nothing of how cases are decided.
 */
public interface PayableCases {

    /** An approved case: whom it pays (the household, or one person of it), from which fund, how much, and how far. */
    record PayableCase(UUID caseId, UUID householdId, String divisionCode, UUID beneficiaryPersonId, UUID fundId,
                       Long amountFen, LocalDate noticeEndsOn, String paymentStatus, UUID paymentId) {
    }

    /** The approved cases in the division and below, optionally of one disaster and category. */
    List<PayableCase> approved(String division, UUID disasterId, ReliefCategory category);

    /** One case, if opened. */
    Optional<PayableCase> payable(UUID caseId);
}
