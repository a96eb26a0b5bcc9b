package org.relieftrace.relief.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmPayment;
import org.relieftrace.relief.payment.PaymentCommands.CreatePaymentBatch;
import org.relieftrace.relief.payment.PaymentCommands.FailPayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayments;
import org.relieftrace.relief.payment.PaymentCommands.RecordBankResult;
import org.relieftrace.relief.payment.PaymentCommands.SettlePayments;
import org.relieftrace.relief.reliefcase.CaseView;

/**
 * 发放批次 — makes up bank batches and reconciles the bank's results. Each payment is claimed through its own
 * deterministic event stream before it goes on a batch, so two batches racing for one case put it on one only. The
 * payments of a batch are issued in chunks, several at a time, each chunk's streams started in one transaction
 * ({@link PaymentChunk}); a chunk that meets a payment already taken is issued one by one instead, to find which. The
 * bank's results are recorded in chunks the same way ({@link PaymentSettlement}).
 */
@ApplicationScoped
public class PaymentBatches {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Chunks of payments issued, or of result lines (or single lines) recorded, at the same time. */
    private static final int IN_PARALLEL = 4;
    /** Payments issued, or result lines recorded, together in one unit of work. */
    private static final int CHUNK = 500;

    /** A case to put on a batch, as payment attempt {@code attempt} (a reissue of {@code reissueOf} after 1). */
    public record Claim(CaseView c, int attempt, UUID reissueOf) {
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

    @Inject
    Commands commands;

    @Inject
    OneCard oneCard;

    /** Runs with the request's context (the caller, the request id), for the settlements in parallel. */
    @Inject
    ManagedExecutor executor;

    @Inject
    PaymentBook book;

    /**
     * Puts the cases on a new batch of {@code kind}, each as the attempt its claim names. Cases already on a batch
     * for that attempt are left off: the event store lets one writer start each attempt.
     */
    public BatchMade make(String division, String kind, String title, List<Claim> claims, String reason) {
        UUID batchId = commands.newId("batch");
        Instant now = Instant.now();
        List<IssuePayment> planned = new ArrayList<>();
        Map<UUID, String> flags = new HashMap<>();
        List<Left> held = new ArrayList<>();
        Map<UUID, OneCard.Decision> decisions = oneCard.payeesOf(claims.stream().map(Claim::c).toList(), now);
        for (Claim claim : claims) {
            CaseView c = claim.c();
            OneCard.Decision decision = decisions.get(c.caseId());
            if (decision.payee() == null) {
                held.add(new Left(c.caseId(), decision.heldBecause()));
                continue;
            }
            OneCard.Payee payee = decision.payee();
            planned.add(new IssuePayment(PaymentCommands.paymentIdOf(c.caseId(), claim.attempt()), batchId,
                    c.caseId(), claim.attempt(), claim.reissueOf(), c.fundId(), c.householdId(), c.divisionCode(),
                    payee.personId(), payee.name(), payee.bank(), payee.accountNumber(), c.amountFen(), payee.flag(),
                    planned.size() + 1));
            if (payee.flag() != null) {
                flags.put(c.caseId(), payee.flag());
            }
        }
        int chunks = (planned.size() + CHUNK - 1) / CHUNK;
        List<List<IssuePayment>> issuedIn = new ArrayList<>(Collections.nCopies(chunks, List.of()));
        List<List<Left>> alreadyIn = new ArrayList<>(Collections.nCopies(chunks, List.of()));
        List<Runnable> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            List<IssuePayment> lines = planned.subList(c * CHUNK, Math.min(planned.size(), (c + 1) * CHUNK));
            tasks.add(() -> {
                List<IssuePayment> done = new ArrayList<>();
                List<Left> taken = new ArrayList<>();
                if (lines.size() > 1 && issueTogether(batchId, chunk + 1, lines, reason)) {
                    done.addAll(lines);
                } else {
                    issueOneByOne(lines, reason, done, taken);
                }
                issuedIn.set(chunk, done);
                alreadyIn.set(chunk, taken);
            });
        }
        inParallel(tasks);
        List<IssuePayment> issued = issuedIn.stream().flatMap(List::stream).toList();
        List<Left> already = alreadyIn.stream().flatMap(List::stream).toList();
        List<UUID> paymentIds = new ArrayList<>(issued.size());
        List<Left> flagged = new ArrayList<>();
        long total = 0;
        for (IssuePayment line : issued) {
            paymentIds.add(line.paymentId());
            total += line.amountFen();
            if (flags.containsKey(line.caseId())) {
                flagged.add(new Left(line.caseId(), flags.get(line.caseId())));
            }
        }
        if (paymentIds.isEmpty()) {
            throw new DomainRuleViolation("nothing-to-pay", "No case can go on a batch: " + held.size() + " held, "
                    + already.size() + " already on a batch", held.size(), already.size());
        }
        commands.send(new CreatePaymentBatch(batchId, division, kind, title, paymentIds, total), reason);
        return new BatchMade(batchId, paymentIds.size(), total, flagged, held, already);
    }

    /** Issues a chunk in one unit of work; false when one of its payments is taken (nothing was appended). */
    private boolean issueTogether(UUID batchId, int chunk, List<IssuePayment> lines, String reason) {
        try {
            commands.sendFollowUp(new IssuePayments(batchId, chunk, List.copyOf(lines)), reason);
            return true;
        } catch (RuntimeException taken) {
            return false;
        }
    }

    /** Issues each payment on its own: those another batch took are left off, with the reason. */
    private void issueOneByOne(List<IssuePayment> lines, String reason, List<IssuePayment> issued,
                               List<Left> already) {
        for (IssuePayment line : lines) {
            try {
                commands.sendFollowUp(line, reason);
                issued.add(line);
            } catch (DomainRuleViolation onBatch) {
                if (!onBatch.code().equals("case-already-paid")) {
                    throw onBatch;
                }
                already.add(new Left(line.caseId(), onBatch.getMessage()));
            }
        }
    }

    /**
     * 补发 — puts a case whose payment failed on a reissue batch, once the account was corrected: attempt n+1,
     * linked to the failed attempt n.
     */
    public BatchMade reissue(CaseView c, String reason) {
        if (!"FAILED".equals(c.paymentStatus())) {
            throw new DomainRuleViolation("payment-not-failed", "Case " + c.caseId() + " has no failed payment to"
                    + " reissue (payment " + c.paymentStatus() + ")", c.caseId(), c.paymentStatus());
        }
        PaymentBook.PaymentView failed = book.payment(c.paymentId()).orElseThrow();
        OneCard.Decision decision = oneCard.payeeOf(c, Instant.now());
        if (decision.payee() != null && decision.payee().personId().equals(failed.payeePersonId())
                && decision.payee().bank().equals(failed.bank())
                && decision.payee().accountNumber().equals(failed.accountNumber())
                && decision.payee().name().equals(failed.payeeName())) {
            throw new DomainRuleViolation("account-not-corrected", "The account of case " + c.caseId() + " is the"
                    + " one the bank returned (" + failed.failureReason() + "); correct it first", c.caseId(),
                    failed.failureReason());
        }
        return make(c.divisionCode(), "REISSUE", "补发 " + c.caseId(),
                List.of(new Claim(c, failed.attempt() + 1, failed.paymentId())), reason);
    }

    /** Reconciles the bank's result lines with the batch: pays and fails what matches, reports what does not. */
    public Reconciliation reconcile(UUID batchId, String checksum, List<BankFile.ResultLine> results,
                                    String reason) {
        List<PaymentBook.PaymentView> lines = book.lines(batchId);
        Map<String, PaymentBook.PaymentView> byId = new HashMap<>();
        long batchTotal = 0;
        for (PaymentBook.PaymentView line : lines) {
            byId.put(line.paymentId().toString(), line);
            batchTotal += line.amountFen();
        }
        Set<String> seen = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        int paid = 0;
        int failed = 0;
        long paidFen = 0;
        long failedFen = 0;
        LocalDate today = LocalDate.now(CHINA);
        List<Settlement> settlements = new ArrayList<>();
        for (BankFile.ResultLine result : results) {
            String at = "line " + result.line() + ": ";
            PaymentBook.PaymentView payment = result.paymentId() == null ? null : byId.get(result.paymentId());
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
        for (PaymentBook.PaymentView line : lines) {
            if (!seen.contains(line.paymentId().toString())) {
                mismatches.add("payment " + line.paymentId() + " (line " + line.lineNo() + ") has no result");
            }
        }
        commands.send(new RecordBankResult(batchId, checksum, paid, paidFen, failed, failedFen, mismatches), reason);
        return new Reconciliation(batchId, results.size(), batchTotal, paid, paidFen, failed, failedFen,
                batchTotal - paidFen - failedFen, mismatches);
    }

    /** A result line that matches its payment, to be recorded as paid or failed. */
    private record Settlement(String at, PaymentBook.PaymentView payment, boolean paid, BankFile.ResultLine result) {
    }

    /**
     * Records the settlements: those of payments still open by the payment book in chunks of {@value #CHUNK}, one
     * unit of work each ({@link PaymentSettlement}), {@value #IN_PARALLEL} chunks at a time; a chunk the event
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
        inParallel(tasks);
        return refused;
    }

    /** Runs the tasks, {@value #IN_PARALLEL} at a time (this thread one of them), and rethrows the first failure. */
    private void inParallel(List<Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
                tasks.get(t).run();
            }
        };
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 1; w < Math.min(IN_PARALLEL, tasks.size()); w++) {
            workers.add(executor.runAsync(worker));
        }
        worker.run();
        try {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Records a chunk of settlements in one unit of work; false when the event store refused it (nothing appended). */
    private boolean settleTogether(UUID settlementId, UUID batchId, int chunk, List<Integer> lines,
                                   List<Settlement> settlements, LocalDate today, String reason) {
        List<SettlePayments.Outcome> outcomes = new ArrayList<>(lines.size());
        for (int i : lines) {
            Settlement s = settlements.get(i);
            PaymentBook.PaymentView p = s.payment();
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
