package org.relieftrace.relief.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmPayment;
import org.relieftrace.relief.payment.PaymentCommands.FailPayment;
import org.relieftrace.relief.payment.PaymentCommands.RecordBankResult;
import org.relieftrace.relief.payment.PaymentCommands.SettlePayments;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;
import org.relieftrace.relief.payment.PaymentViews.Reconciliation;

/**
 * 对账 — reconciles the bank's result file with its batch: pays and fails the payments whose lines match, and
 * reports what does not match. The settlements are recorded in chunks, a few at a time, each in one unit of work
 * ({@link PaymentSettlement}); a chunk the event store refuses is recorded payment by payment.
 */
@ApplicationScoped
public class BankReconciliation {

    /** Result lines recorded together in one unit of work. */
    private static final int CHUNK = 500;

    @Inject
    Commands commands;

    @Inject
    InParallel parallel;

    @Inject
    BatchRelease release;

    @Inject
    BeijingTime time;

    /** Reconciles the bank's result lines with the batch: pays and fails what matches, reports what does not. */
    public Reconciliation reconcile(UUID batchId, String checksum, List<BankFile.ResultLine> results,
                                    String reason) {
        List<PaymentView> lines = release.releasedLines(batchId);
        Map<String, PaymentView> byId = new HashMap<>();
        long batchTotal = 0;
        for (PaymentView line : lines) {
            byId.put(line.paymentId().toString(), line);
            batchTotal += line.amountFen();
        }
        Set<String> seen = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        int paid = 0;
        int failed = 0;
        long paidFen = 0;
        long failedFen = 0;
        LocalDate today = time.today();
        List<Settlement> settlements = new ArrayList<>();
        for (BankFile.ResultLine result : results) {
            String at = "line " + result.line() + ": ";
            PaymentView payment = result.paymentId() == null ? null : byId.get(result.paymentId());
            if (payment == null) {
                mismatches.add(at + "payment " + result.paymentId() + " is not on this batch");
                continue;
            }
            if (!seen.add(result.paymentId())) {
                mismatches.add(at + "payment " + result.paymentId() + " appears again");
                continue;
            }
            if (result.amountFen() == null || result.amountFen() != payment.amountFen()) {
                mismatches.add(at + "amount " + result.amountFen() + " fen is not the batch's "
                        + payment.amountFen() + " fen");
                continue;
            }
            if (result.accountNumber() != null && !result.accountNumber().equals(payment.accountNumber())) {
                mismatches.add(at + "account number differs from the batch's");
                continue;
            }
            boolean paidLine = "PAID".equals(result.status()) || "SUCCESS".equals(result.status());
            if (!paidLine && !"FAILED".equals(result.status())) {
                mismatches.add(at + "status " + result.status() + " is neither PAID nor FAILED");
                continue;
            }
            settlements.add(new Settlement(at, payment, paidLine, result));
        }
        String[] refused = settle(batchId, settlements, today, reason);
        for (int i = 0; i < settlements.size(); i++) {
            Settlement s = settlements.get(i);
            if (refused[i] != null) {
                mismatches.add(s.at() + refused[i]);
            } else if (s.paid()) {
                paid++;
                paidFen += s.payment().amountFen();
            } else {
                failed++;
                failedFen += s.payment().amountFen();
            }
        }
        for (PaymentView line : lines) {
            if (!seen.contains(line.paymentId().toString())) {
                mismatches.add("payment " + line.paymentId() + " (line " + line.lineNo() + ") has no result");
            }
        }
        commands.send(new RecordBankResult(batchId, checksum, paid, paidFen, failed, failedFen, mismatches), reason);
        return new Reconciliation(batchId, results.size(), batchTotal, paid, paidFen, failed, failedFen,
                batchTotal - paidFen - failedFen, mismatches);
    }

    /** A result line that matches its payment, to be recorded as paid or failed. */
    private record Settlement(String at, PaymentView payment, boolean paid, BankFile.ResultLine result) {
    }

    /**
     * Records the settlements: those of payments still open by the payment book in chunks of {@value #CHUNK}, one
     * unit of work each ({@link PaymentSettlement}), a few chunks at a time; a chunk the event
     * store refuses (a payment of it was settled meanwhile), and every other settlement, one by one on its payment's
     * own stream. Answers, per settlement, why the payment refused it, or null.
     */
    private String[] settle(UUID batchId, List<Settlement> settlements, LocalDate today, String reason) {
        String[] refused = new String[settlements.size()];
        UUID settlementId = commands.newId("settlement");
        List<Runnable> tasks = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < settlements.size(); i++) {
            if ("ISSUED".equals(settlements.get(i).payment().status())) {
                open.add(i);
            } else {
                int single = i;
                tasks.add(() -> settleOne(settlements, single, today, reason, refused));
            }
        }
        for (int from = 0, chunk = 1; from < open.size(); from += CHUNK, chunk++) {
            List<Integer> lines = open.subList(from, Math.min(open.size(), from + CHUNK));
            int number = chunk;
            tasks.add(() -> {
                if (!settleTogether(settlementId, batchId, number, lines, settlements, today, reason)) {
                    lines.forEach(i -> settleOne(settlements, i, today, reason, refused));
                }
            });
        }
        parallel.run(tasks);
        return refused;
    }

    /** Records a chunk of settlements in one unit of work; false when the event store refused it (nothing appended). */
    private boolean settleTogether(UUID settlementId, UUID batchId, int chunk, List<Integer> lines,
                                   List<Settlement> settlements, LocalDate today, String reason) {
        List<SettlePayments.Outcome> outcomes = new ArrayList<>(lines.size());
        for (int i : lines) {
            Settlement s = settlements.get(i);
            PaymentView p = s.payment();
            outcomes.add(new SettlePayments.Outcome(p.paymentId(), p.caseId(), p.fundId(), p.amountFen(), s.paid(),
                    s.paid() ? s.result().bankReference() : null, s.paid() ? null : whyFailed(s)));
        }
        try {
            commands.sendFollowUp(new SettlePayments(settlementId, batchId, chunk, today, outcomes), reason);
            return true;
        } catch (RuntimeException settledMeanwhile) {
            return false;
        }
    }

    /** Records one settlement on its payment's own stream, noting why the payment refused it. */
    private void settleOne(List<Settlement> settlements, int i, LocalDate today, String reason, String[] refused) {
        Settlement s = settlements.get(i);
        try {
            if (s.paid()) {
                commands.sendFollowUp(new ConfirmPayment(s.payment().paymentId(), today,
                        s.result().bankReference()), reason);
            } else {
                commands.sendFollowUp(new FailPayment(s.payment().paymentId(), whyFailed(s)), reason);
            }
        } catch (DomainRuleViolation settled) {
            refused[i] = settled.getMessage();
        }
    }

    private static String whyFailed(Settlement s) {
        return s.result().reason() != null ? s.result().reason() : "failed without a reason";
    }
}
