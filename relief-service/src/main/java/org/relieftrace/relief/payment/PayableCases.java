package org.relieftrace.relief.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relieftrace.relief.standard.Instalments;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 待发放案件 — the approved relief cases as payments see them. The case feature answers it from its read model; the
 * payment feature names only this, so that payments know nothing of how cases are decided.
 */
public interface PayableCases {

    /**
     * An approved case: whom it pays (the household, or one person of it), from which fund, how much, and how far:
     * its current payment's status, and for an amount paid in instalments (分期拨付) how many there are, how many are
     * paid and which one the current payment is.
     */
    /** The status of a case whose instalments are paid in part: the next is due. */
    String PART_PAID = "PART_PAID";

    record PayableCase(UUID caseId, UUID householdId, String divisionCode, UUID beneficiaryPersonId, UUID fundId,
                       Long amountFen, LocalDate noticeEndsOn, String paymentStatus, UUID paymentId, int instalments,
                       int instalmentsPaid, int currentInstalment) {

        /** The instalment a regular batch pays next; 0 when none is due (one is on its way, failed, or all paid). */
        public int nextInstalment() {
            if (paymentStatus == null) {
                return 1;
            }
            return PART_PAID.equals(paymentStatus) ? instalmentsPaid + 1 : 0;
        }

        /** The amount of instalment {@code number}, to the fen. */
        public long amountOf(int number) {
            return Instalments.amountOf(amountFen, instalments, number);
        }
    }

    /** The approved cases in the division and below, optionally of one disaster and category. */
    List<PayableCase> approved(String division, UUID disasterId, ReliefCategory category);

    /** One case, if opened. */
    Optional<PayableCase> payable(UUID caseId);
}
