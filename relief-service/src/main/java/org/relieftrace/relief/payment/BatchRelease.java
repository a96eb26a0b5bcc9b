package org.relieftrace.relief.payment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmHeldPayment;
import org.relieftrace.relief.payment.PaymentCommands.ReleaseBatch;
import org.relieftrace.relief.payment.PaymentViews.BatchDetail;
import org.relieftrace.relief.payment.PaymentViews.BatchView;
import org.relieftrace.relief.payment.PaymentViews.HeldCaseView;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;
import org.relieftrace.relief.shared.Aggregates;

/**
 * 双人复核 — the release of a batch's bank files and the second check of held payments, as {@link PaymentBatch}
 * decides them; the bank file of a batch is produced only from what a second user released. Views of batches and
 * payments get their holds in the reader's language and the verbs the reader may take, from the batch's own rules.
 */
@ApplicationScoped
public class BatchRelease {

    @Inject
    Commands commands;

    @Inject
    Aggregates aggregates;

    @Inject
    PaymentQueries payments;

    @Inject
    HeldReasons reasons;

    @Inject
    CurrentCaller caller;

    /** Releases the batch's next bank file; answers its number. */
    public int release(UUID batchId, String reason) {
        return commands.<Integer>send(new ReleaseBatch(batchId), reason);
    }

    /** Confirms a held payment's account with the holder's name as the holder gave it. */
    public void confirm(UUID batchId, UUID paymentId, String holderName, String reason) {
        commands.send(new ConfirmHeldPayment(batchId, paymentId, holderName), reason);
    }

    /**
     * The lines of released bank file {@code fileNo} (the latest when null), as the batch itself lists them; 409
     * {@code batch-not-released} before a second user released the batch.
     */
    public List<PaymentView> bankFileLines(UUID batchId, Integer fileNo) {
        int released = releasedFiles(batchId);
        int file = fileNo == null ? released : fileNo;
        if (file < 1 || file > released) {
            throw new NotFound("bank file", batchId + "/" + file);
        }
        return linesOf(batchId, file, file);
    }

    /**
     * The lines of every bank file released so far, as the batch itself lists them (the payment projection may not
     * have seen the latest release yet); 409 {@code batch-not-released} before a second user released the batch.
     */
    public List<PaymentView> releasedLines(UUID batchId) {
        return linesOf(batchId, 1, releasedFiles(batchId));
    }

    private List<PaymentView> linesOf(UUID batchId, int firstFile, int lastFile) {
        Set<UUID> ids = new HashSet<>(aggregates.read(PaymentBatch.class, PaymentBatch.streamOf(batchId), batch -> {
            Set<UUID> released = new HashSet<>();
            for (int file = firstFile; file <= lastFile; file++) {
                released.addAll(batch.paymentsOfFile(file));
            }
            return released;
        }).orElseThrow());
        return payments.lines(batchId).stream().filter(line -> ids.contains(line.paymentId())).toList();
    }

    /** The number of bank files released; 409 {@code batch-not-released} when none is. */
    public int releasedFiles(UUID batchId) {
        int released = aggregates.read(PaymentBatch.class, PaymentBatch.streamOf(batchId),
                PaymentBatch::releasedFiles).orElseThrow(() -> new NotFound("batch", batchId));
        if (released == 0) {
            throw new DomainRuleViolation("batch-not-released", "Batch " + batchId + " was not released by a second"
                    + " user: its bank file cannot be produced yet", batchId);
        }
        return released;
    }

    /** The batch as its reader sees it: holds in their language, and the verbs the reader may take now. */
    public BatchView seen(BatchView batch, Locale locale) {
        Caller who = caller.get();
        boolean acts = acts(who, batch.divisionCode());
        boolean finance = acts && (who.hasRole("finance") || who.hasRole(DivisionAccess.ADMIN));
        List<String> verbs = new java.util.ArrayList<>();
        if (finance && batch.releasablePayments() > 0 && PaymentBatch.mayRelease(who.userId(), batch.preparedBy())) {
            verbs.add("release");
        }
        if (finance && batch.releasedFiles() > 0) {
            verbs.add("download-bank-file");
            verbs.add("reconcile");
        }
        return batch.with(batch.heldCases().stream()
                .map(c -> new HeldCaseView(c.caseId(), reasons.of(c.held().code(), locale))).toList(), verbs);
    }

    /** The batch and its payments as the reader sees them. */
    public BatchDetail seen(BatchView batch, List<PaymentView> lines, Locale locale) {
        Caller who = caller.get();
        boolean acts = acts(who, batch.divisionCode());
        return new BatchDetail(seen(batch, locale), lines.stream().map(line -> line.with(
                line.held() == null ? null : reasons.of(line.held().code(), locale),
                acts && line.held() != null && PaymentBatch.mayConfirm(who.userId(), batch.preparedBy(),
                        line.accountChangedBy()) ? List.of("confirm-account") : List.of())).toList());
    }

    private static boolean acts(Caller who, String division) {
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return true;
        }
        return !who.hasRole(DivisionAccess.AUDITOR) && (who.hasRole("finance") || who.hasRole("civil-affairs"))
                && who.division() != null && DivisionCode.isValid(who.division())
                && DivisionCode.contains(who.division(), division);
    }
}
