package org.relieftrace.relief.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.payment.PayableCases.PayableCase;
import org.relieftrace.relief.payment.PaymentCommands.CreatePaymentBatch;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayments;
import org.relieftrace.relief.payment.PaymentEvents.HeldCase;
import org.relieftrace.relief.payment.PaymentEvents.Hold;
import org.relieftrace.relief.payment.PaymentRequests.BatchRequest;
import org.relieftrace.relief.payment.PaymentViews.BatchMade;
import org.relieftrace.relief.payment.PaymentViews.Left;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;

/**
 * 批次发放 — makes up a bank batch: picks the approved cases whose notice completed, finds each one's payee by the
 * one-card rules, and issues the payments. Each payment is claimed through its own deterministic event stream before
 * it goes on a batch, so two batches racing for one case put it on one only. The payments are issued in chunks, a few
 * at a time, each chunk's streams started in one unit of work ({@link PaymentChunk}); a chunk that meets a payment
 * already taken is issued one by one instead, to find which. Only then is the batch itself created, over the
 * payments issued: a batch never names a payment that is not on it. A payment whose account changed shortly before
 * is on the batch but held out of its bank file ({@link PaymentBatch}); cases held back are left off, each with the
 * code of the rule that held it ({@link HeldReasons}).
 */
@ApplicationScoped
public class BatchIssuing {

    /** Payments issued together in one unit of work. */
    private static final int CHUNK = 500;

    /**
     * A case to put on a batch: its instalment {@code instalment} (1 when paid at once), as payment attempt
     * {@code attempt} (a reissue of {@code reissueOf} after 1).
     */
    record Claim(PayableCase c, int instalment, int attempt, UUID reissueOf) {
    }

    @Inject
    Commands commands;

    @Inject
    OneCard oneCard;

    @Inject
    InParallel parallel;

    @Inject
    PayableCases cases;

    @Inject
    PaymentQueries payments;

    @Inject
    BeijingTime time;

    /**
     * 发放批次 — a regular batch of the division's approved cases whose notice completed and that are on no batch yet,
     * narrowed by the request; cases it names must be approved cases of the division.
     */
    public BatchMade regular(BatchRequest request) {
        LocalDate today = time.today();
        List<PayableCase> approved = cases.approved(request.divisionCode(), request.disasterId(), request.category());
        Set<UUID> wanted = request.caseIds() == null ? null : new HashSet<>(request.caseIds());
        List<PayableCase> payable = new ArrayList<>();
        for (PayableCase c : approved) {
            boolean noticeDone = c.noticeEndsOn() != null && !c.noticeEndsOn().isAfter(today);
            if (c.nextInstalment() > 0 && noticeDone && (wanted == null || wanted.contains(c.caseId()))) {
                payable.add(c);
            }
        }
        if (wanted != null) {
            Set<UUID> found = new HashSet<>();
            approved.forEach(c -> found.add(c.caseId()));
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            for (UUID id : wanted) {
                if (!found.contains(id)) {
                    errors.add(new InvalidInput.FieldError("caseIds", "case " + id + " is not an approved case of "
                            + request.divisionCode()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            approved.stream().filter(c -> wanted.contains(c.caseId()) && !payable.contains(c)).forEach(payable::add);
        }
        return make(request.divisionCode(), "REGULAR", request.title(),
                payable.stream().map(c -> new Claim(c, Math.max(1, c.nextInstalment()), 1, null)).toList(),
                request.reason());
    }

    /**
     * 补发 — puts a case whose payment failed on a reissue batch, once the account was corrected: attempt n+1,
     * linked to the failed attempt n.
     */
    public BatchMade reissue(UUID caseId, String reason) {
        PayableCase c = cases.payable(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (!"FAILED".equals(c.paymentStatus())) {
            throw new DomainRuleViolation("payment-not-failed", "Case " + c.caseId() + " has no failed payment to"
                    + " reissue (payment " + c.paymentStatus() + ")", c.caseId(), c.paymentStatus());
        }
        PaymentView failed = payments.payment(c.paymentId()).orElseThrow();
        OneCard.Decision decision = oneCard.payeeOf(c, time.now());
        if (decision.payee() != null && decision.payee().personId().equals(failed.payeePersonId())
                && decision.payee().bank().equals(failed.bank())
                && decision.payee().accountNumber().equals(failed.accountNumber())
                && decision.payee().name().equals(failed.payeeName())) {
            throw new DomainRuleViolation("account-not-corrected", "The account of case " + c.caseId() + " is the"
                    + " one the bank returned (" + failed.failureReason() + "); correct it first", c.caseId(),
                    failed.failureReason());
        }
        return make(c.divisionCode(), "REISSUE", "补发 " + c.caseId(),
                List.of(new Claim(c, failed.instalment(), failed.attempt() + 1, failed.paymentId())), reason);
    }

    /**
     * Puts the cases on a new batch of {@code kind}, each as the attempt its claim names. Cases already on a batch
     * for that attempt are left off: the event store lets one writer start each attempt.
     */
    BatchMade make(String division, String kind, String title, List<Claim> claims, String reason) {
        UUID batchId = commands.newId("batch");
        Instant now = time.now();
        List<IssuePayment> planned = new ArrayList<>();
        Map<UUID, OneCard.Payee> flags = new HashMap<>();
        List<Left> held = new ArrayList<>();
        Map<UUID, OneCard.Decision> decisions = oneCard.payeesOf(claims.stream().map(Claim::c).toList(), now);
        for (Claim claim : claims) {
            PayableCase c = claim.c();
            OneCard.Decision decision = decisions.get(c.caseId());
            if (decision.payee() == null) {
                held.add(new Left(c.caseId(), decision.heldCode(), decision.heldBecause()));
                continue;
            }
            OneCard.Payee payee = decision.payee();
            planned.add(new IssuePayment(PaymentCommands.paymentIdOf(c.caseId(), claim.instalment(), claim.attempt()),
                    batchId, c.caseId(), claim.attempt(), claim.reissueOf(), c.fundId(), c.householdId(),
                    c.divisionCode(), payee.personId(), payee.name(), payee.bank(), payee.accountNumber(),
                    c.amountOf(claim.instalment()), payee.flag(), planned.size() + 1, claim.instalment(),
                    c.instalments()));
            if (payee.flag() != null) {
                flags.put(c.caseId(), payee);
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
        parallel.run(tasks);
        List<IssuePayment> issued = issuedIn.stream().flatMap(List::stream).toList();
        List<Left> already = alreadyIn.stream().flatMap(List::stream).toList();
        List<UUID> paymentIds = new ArrayList<>(issued.size());
        List<Left> flagged = new ArrayList<>();
        List<Hold> holds = new ArrayList<>();
        long total = 0;
        for (IssuePayment line : issued) {
            paymentIds.add(line.paymentId());
            total += line.amountFen();
            OneCard.Payee payee = flags.get(line.caseId());
            if (payee != null) {
                flagged.add(new Left(line.caseId(), HeldReasons.ACCOUNT_CHANGED, payee.flag()));
                holds.add(new Hold(line.paymentId(), HeldReasons.ACCOUNT_CHANGED, payee.name(),
                        payee.accountChangedBy()));
            }
        }
        if (paymentIds.isEmpty()) {
            throw new DomainRuleViolation("nothing-to-pay", "No case can go on a batch: " + held.size() + " held, "
                    + already.size() + " already on a batch", held.size(), already.size());
        }
        commands.send(new CreatePaymentBatch(batchId, division, kind, title, paymentIds, total, holds,
                held.stream().map(h -> new HeldCase(h.caseId(), h.code())).toList()), reason);
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
                already.add(new Left(line.caseId(), onBatch.code(), onBatch.getMessage()));
            }
        }
    }

}
