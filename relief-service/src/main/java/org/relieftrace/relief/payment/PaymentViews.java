package org.relieftrace.relief.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.relief.payment.HeldReasons.HeldReason;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;

/** What the payment endpoints answer. */
public final class PaymentViews {

    private PaymentViews() {
    }

    /**
     * One payment: a line of a bank batch. {@code fileNo} is the released bank file it is in (null: in none yet);
     * {@code held} why it is held out of the bank file now (null: not held); {@code actions} the verbs the reader may
     * take on it now ({@code confirm-account}).
     */
    public record PaymentView(UUID paymentId, UUID batchId, UUID caseId, int attempt, UUID reissueOf, UUID fundId,
                              UUID householdId, String divisionCode, UUID payeePersonId, String payeeName,
                              String bank, String accountNumber, long amountFen, String accountFlag, String status,
                              String failureReason, String bankReference, int lineNo, LocalDate paidOn,
                              Integer fileNo, String confirmedBy, String accountChangedBy, HeldReason held,
                              int instalment, int instalments, List<String> actions) {

        /** The same payment with its hold in the reader's language and the verbs the reader may take. */
        public PaymentView with(HeldReason reason, List<String> verbs) {
            return new PaymentView(paymentId, batchId, caseId, attempt, reissueOf, fundId, householdId, divisionCode,
                    payeePersonId, payeeName, bank, accountNumber, amountFen, accountFlag, status, failureReason,
                    bankReference, lineNo, paidOn, fileNo, confirmedBy, accountChangedBy, reason, instalment,
                    instalments, verbs);
        }
    }

    /**
     * A bank batch: who prepared it, how many bank files a second user released (0: the bank file cannot be
     * produced yet), how many payments are held out of the file now, the cases left off it and why, and the verbs
     * the reader may take on it now ({@code release}, {@code download-bank-file}, {@code reconcile}).
     */
    public record BatchView(UUID batchId, String divisionCode, String kind, String title, Instant createdAt,
                            int lines, long totalFen, String status, BankResultRecorded reconciliation,
                            String preparedBy, int releasedFiles, String releasedBy, Instant releasedAt,
                            int heldPayments, int releasablePayments, List<HeldCaseView> heldCases,
                            List<String> actions) {

        /** The same batch with its holds in the reader's language and the verbs the reader may take. */
        public BatchView with(List<HeldCaseView> cases, List<String> verbs) {
            return new BatchView(batchId, divisionCode, kind, title, createdAt, lines, totalFen, status,
                    reconciliation, preparedBy, releasedFiles, releasedBy, releasedAt, heldPayments,
                    releasablePayments, cases, verbs);
        }
    }

    /** A case left off a batch, with the rule that held it. */
    public record HeldCaseView(UUID caseId, HeldReason held) {
    }

    /** What a released bank file answers. */
    public record BatchReleasedAnswer(UUID batchId, int fileNo, int lines) {
    }

    /** A batch with its lines. */
    public record BatchDetail(BatchView batch, List<PaymentView> payments) {
    }

    /** A case left off a batch (or a payment flagged on it), the code of the rule, and why in English. */
    public record Left(UUID caseId, String code, String why) {
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
