package org.relieftrace.relief.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The events of payments (发放) and payment batches (发放批次). */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /**
     * 发放 — a case's money was put on a bank batch, to the one-card account named here (attempt 1, or a reissue
     * of the failed payment {@code reissueOf}); {@code accountFlag} says why the account needs a second look. An
     * amount paid in instalments (分期拨付) is paid as {@code instalment} of {@code instalments}, each its own payment.
     */
    @Revision("1")
    public record PaymentIssued(UUID paymentId, UUID batchId, UUID caseId, int attempt, UUID reissueOf, UUID fundId,
                                UUID householdId, String divisionCode, UUID payeePersonId, String payeeName,
                                String bank, String accountNumber, long amountFen, String accountFlag,
                                int lineNo, int instalment, int instalments) {
    }

    /**
     * 发放分段 — these payments of a batch were issued together (each with its own {@link PaymentIssued} on its own
     * stream, in the same transaction).
     */
    @Revision("1")
    public record PaymentChunkIssued(UUID batchId, int chunk, List<UUID> paymentIds) {
    }

    /** 发放成功 — the bank confirmed the payment. */
    @Revision("1")
    public record PaymentConfirmed(UUID paymentId, UUID caseId, UUID fundId, long amountFen, LocalDate paidOn,
                                   String bankReference) {
    }

    /** 发放失败 — the bank returned the payment (closed account, name mismatch…); the money came back. */
    @Revision("1")
    public record PaymentFailed(UUID paymentId, UUID caseId, UUID fundId, long amountFen, String reason) {
    }

    /**
     * 回盘分段 — these result lines of a batch were recorded together (each payment's {@link PaymentConfirmed} or
     * {@link PaymentFailed} on its own stream, in the same transaction).
     */
    @Revision("1")
    public record PaymentsSettled(UUID settlementId, UUID batchId, int chunk, List<UUID> paidPaymentIds,
                                  List<UUID> failedPaymentIds) {
    }

    /**
     * 发放批次 — a bank batch of payments was made up (by the user of the event's metadata, who cannot release it).
     * {@code holds} are its payments held out of the bank file until a second check; {@code heldCases} the cases left
     * off it and why (both absent on batches made before those rules).
     */
    @Revision("1")
    public record PaymentBatchCreated(UUID batchId, String divisionCode, String kind, String title,
                                      List<UUID> paymentIds, long totalFen, List<Hold> holds,
                                      List<HeldCase> heldCases) {

        /** A batch as made before holds were recorded. */
        public PaymentBatchCreated(UUID batchId, String divisionCode, String kind, String title,
                                   List<UUID> paymentIds, long totalFen) {
            this(batchId, divisionCode, kind, title, paymentIds, totalFen, null, null);
        }

        /** The holds, none when absent. */
        public List<Hold> holdsOrNone() {
            return holds == null ? List.of() : holds;
        }
    }

    /**
     * A payment held out of the bank file ({@code code}, see {@code HeldReasons}): the holder name a second user must
     * match, and who changed the account (who cannot be that second user).
     */
    public record Hold(UUID paymentId, String code, String holderName, String accountChangedBy) {
    }

    /** A case left off a batch, with the code of the rule that held it. */
    public record HeldCase(UUID caseId, String code) {
    }

    /**
     * 双人复核放行 — a second user released bank file {@code fileNo} of the batch with these payments: the batch's
     * payments not held, or, for a later file, those whose hold was cleared since.
     */
    @Revision("1")
    public record BatchReleased(UUID batchId, int fileNo, List<UUID> paymentIds, String releasedBy) {
    }

    /** 账户复核 — a second user confirmed a held payment's account with its holder, by the holder's name. */
    @Revision("1")
    public record HeldPaymentConfirmed(UUID batchId, UUID paymentId, String holderName, String confirmedBy) {
    }

    /** 银行回盘 — the bank's result file was imported and reconciled against the batch. */
    @Revision("1")
    public record BankResultRecorded(UUID batchId, String fileChecksum, int paidCount, long paidFen,
                                     int failedCount, long failedFen, List<String> mismatches) {
    }
}
