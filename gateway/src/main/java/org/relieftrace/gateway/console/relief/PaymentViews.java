package org.relieftrace.gateway.console.relief;

import java.util.List;

/**
 * 发放 — the relief service's answers about payment batches, public notices and paid lists as the console reads
 * them: mirrored from the service's view records with only the fields the pages use (the service may answer more).
 */
public final class PaymentViews {

    private PaymentViews() {
    }

    /** 对账结果 — what a bank's result file settled (the figures a batch did not record read as 0). */
    public record ReconciliationView(int resultLines, long batchTotalFen, int paidCount, long paidFen,
                                     int failedCount, long failedFen, long unsettledFen, List<String> mismatches) {

        public ReconciliationView {
            mismatches = mismatches == null ? List.of() : mismatches;
        }
    }

    /**
     * 发放批次 — a bank batch, with its reconciliation once the bank's result file came back: who prepared it, how
     * many bank files a second user released, how many payments are held out of the file, the cases left off it and
     * why, and the verbs the user may take on it now ({@code release}, {@code download-bank-file}, {@code reconcile}).
     */
    public record BatchView(String batchId, String divisionCode, String kind, String title, String createdAt,
                            int lines, long totalFen, String status, ReconciliationView reconciliation,
                            String preparedBy, int releasedFiles, int heldPayments, List<HeldCaseView> heldCases,
                            List<String> actions) {

        public BatchView {
            heldCases = heldCases == null ? List.of() : heldCases;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** Why a case or payment is held back: the rule's code and its text in the user's language. */
    public record HeldView(String code, String text) {
    }

    /** A case left off a batch, and the rule that held it. */
    public record HeldCaseView(String caseId, HeldView held) {
    }

    /** What making a batch answers: its id. */
    public record BatchMade(String batchId) {
    }

    /**
     * One payment: a line of a bank batch, the bank file it went into ({@code fileNo}), why it is held out of the
     * file ({@code held}), and the verbs the user may take on it ({@code confirm-account}).
     */
    public record PaymentView(String paymentId, String caseId, int lineNo, int attempt, String payeeName,
                              String bank, String accountNumber, long amountFen, String accountFlag, String status,
                              String failureReason, String paidOn, Integer fileNo, HeldView held,
                              List<String> actions) {

        public PaymentView {
            actions = actions == null ? List.of() : actions;
        }
    }

    /** A batch with its payments. */
    public record BatchDetail(BatchView batch, List<PaymentView> payments) {

        public BatchDetail {
            payments = payments == null ? List.of() : payments;
        }
    }

    /** One case on a public notice, with the amount proposed. */
    public record NoticeEntry(String caseId, long proposedAmountFen) {
    }

    /**
     * 公示 — a posted list of a village's cases and how long it runs ({@code runsUntil}); a paper list recorded after
     * the fact is marked, with its document, its recorder and who confirmed it; {@code actions} names
     * {@code confirmation} when the user may confirm it now.
     */
    public record NoticeView(String noticeId, String villageCode, String postedOn, String endsOn,
                             List<NoticeEntry> entries, boolean recordedAfterTheFact, String documentReference,
                             String recordedOn, String recordedBy, String confirmedBy, String runsUntil,
                             List<String> actions) {

        public NoticeView {
            entries = entries == null ? List.of() : entries;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** What posting a notice answers: how many cases it lists. */
    public record NoticePosted(int cases) {
    }

    /** One paid household on the published list. */
    public record PaidEntry(String payeeName, String bank, String maskedAccount, long amountFen, String paidOn) {
    }

    /** 发放名册 — the published list of a village's paid households. */
    public record PaidList(String villageCode, long totalFen, List<PaidEntry> entries) {

        public PaidList {
            entries = entries == null ? List.of() : entries;
        }
    }
}
