package org.relieftrace.relief.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;

/** What the payment endpoints answer. */
public final class PaymentViews {

    private PaymentViews() {
    }

    /** One payment: a line of a bank batch. */
    public record PaymentView(UUID paymentId, UUID batchId, UUID caseId, int attempt, UUID reissueOf, UUID fundId,
                              UUID householdId, String divisionCode, UUID payeePersonId, String payeeName,
                              String bank, String accountNumber, long amountFen, String accountFlag, String status,
                              String failureReason, String bankReference, int lineNo, LocalDate paidOn) {
    }

    /** A bank batch. */
    public record BatchView(UUID batchId, String divisionCode, String kind, String title, Instant createdAt,
                            int lines, long totalFen, String status, BankResultRecorded reconciliation) {
    }

    /** A batch with its lines. */
    public record BatchDetail(BatchView batch, List<PaymentView> payments) {
    }

    /** A case left off a batch, and why. */
    public record Left(UUID caseId, String why) {
    }

    /** What a made-up batch answers. */
    public record BatchMade(UUID batchId, int lines, long totalFen, List<Left> flagged, List<Left> held,
                            List<Left> alreadyOnBatch) {
    }

    /** 对账结果 — the reconciliation of a result file with its batch. */
    public record Reconciliation(UUID batchId, int resultLines, long batchTotalFen, int paidCount, long paidFen,
                                 int failedCount, long failedFen, long unsettledFen, List<String> mismatches) {
    }

    /** One paid household on the published list. */
    public record PaidEntry(UUID caseId, UUID householdId, String payeeName, String bank, String maskedAccount,
                            long amountFen, String amountYuan, LocalDate paidOn) {
    }

    /** A village's paid list with its total. */
    public record PaidList(String villageCode, UUID disasterId, int households, long totalFen,
                           List<PaidEntry> entries) {
    }
}
