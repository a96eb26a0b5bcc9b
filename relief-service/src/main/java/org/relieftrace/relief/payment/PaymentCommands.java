package org.relieftrace.relief.payment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of payments (发放) and payment batches (发放批次). */
public final class PaymentCommands {

    private PaymentCommands() {
    }

    /** A command to one payment batch: it goes to the stream {@link PaymentBatch#streamOf(UUID)}. */
    public interface ToBatch {

        UUID batchId();

        @TargetAggregateIdentifier
        default String stream() {
            return PaymentBatch.streamOf(batchId());
        }
    }

    /** A command to one payment: it goes to the stream {@link Payment#streamOf(UUID)}. */
    public interface ToPayment {

        UUID paymentId();

        @TargetAggregateIdentifier
        default String stream() {
            return Payment.streamOf(paymentId());
        }
    }

    /**
     * The deterministic key of a case's payment attempt: attempt 1 is the payment, attempt n+1 the reissue of
     * failed attempt n; an amount paid in instalments has attempts per instalment. Two writers issuing the same
     * attempt meet on the same event stream, and only one wins.
     */
    public static UUID paymentIdOf(UUID caseId, int instalment, int attempt) {
        String key = instalment <= 1 ? "relief-payment|" + caseId + "|" + attempt
                : "relief-payment|" + caseId + "|instalment-" + instalment + "|" + attempt;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Put a case's money on a batch, to this account. */
    public record IssuePayment(UUID paymentId, UUID batchId, UUID caseId, int attempt, UUID reissueOf, UUID fundId,
                               UUID householdId, String divisionCode, UUID payeePersonId, String payeeName,
                               String bank, String accountNumber, long amountFen, String accountFlag,
                               int lineNo, int instalment, int instalments) implements ToPayment {
    }

    /** Issue these payments of a batch together, as chunk {@code chunk}: all of them, or none. */
    public record IssuePayments(UUID batchId, int chunk, List<IssuePayment> lines) {
        @TargetAggregateIdentifier
        public String stream() {
            return PaymentChunk.streamOf(batchId, chunk);
        }
    }

    /** The bank paid it. */
    public record ConfirmPayment(UUID paymentId, LocalDate paidOn, String bankReference) implements ToPayment {
    }

    /** The bank returned it. */
    public record FailPayment(UUID paymentId, String reason) implements ToPayment {
    }

    /**
     * Record these result lines of a batch together, as chunk {@code chunk} of one settlement (an upload of the
     * bank's result file): each an issued payment not settled yet, paid on {@code paidOn} or failed.
     */
    public record SettlePayments(UUID settlementId, UUID batchId, int chunk, LocalDate paidOn, List<Outcome> lines) {
        @TargetAggregateIdentifier
        public String stream() {
            return PaymentSettlement.streamOf(settlementId, chunk);
        }

        /** One line: the payment as it was issued, and what the bank did with it. */
        public record Outcome(UUID paymentId, UUID caseId, UUID fundId, long amountFen, boolean paid,
                              String bankReference, String reason) {
        }
    }

    /** Make up a batch of issued payments, some held out of the bank file, and the cases left off it. */
    public record CreatePaymentBatch(UUID batchId, String divisionCode, String kind, String title,
                                     List<UUID> paymentIds, long totalFen, List<PaymentEvents.Hold> holds,
                                     List<PaymentEvents.HeldCase> heldCases) implements ToBatch {
    }

    /** 双人复核 — release the batch's next bank file (a user other than the one who made the batch). */
    public record ReleaseBatch(UUID batchId) implements ToBatch {
    }

    /** 账户复核 — confirm a held payment's account with the holder, who gave this name. */
    public record ConfirmHeldPayment(UUID batchId, UUID paymentId, String holderName) implements ToBatch {
    }

    /** Record the reconciliation of the bank's result file. */
    public record RecordBankResult(UUID batchId, String fileChecksum, int paidCount, long paidFen, int failedCount,
                                   long failedFen, List<String> mismatches) implements ToBatch {
    }
}
