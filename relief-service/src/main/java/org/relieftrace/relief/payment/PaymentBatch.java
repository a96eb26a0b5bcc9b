package org.relieftrace.relief.payment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmHeldPayment;
import org.relieftrace.relief.payment.PaymentCommands.CreatePaymentBatch;
import org.relieftrace.relief.payment.PaymentCommands.RecordBankResult;
import org.relieftrace.relief.payment.PaymentCommands.ReleaseBatch;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;
import org.relieftrace.relief.payment.PaymentEvents.BatchReleased;
import org.relieftrace.relief.payment.PaymentEvents.HeldPaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.Hold;
import org.relieftrace.relief.payment.PaymentEvents.PaymentBatchCreated;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 发放批次 — a bank batch of payments (stream {@code batch:<uuid>}): made up by one user, its bank file released by
 * another (双人复核), then reconciled with each result file the bank sends back. A payment held out of the file (an
 * account changed shortly before) goes into a later file of the batch once a user who neither changed the account nor
 * made the batch confirmed it with the holder's name; each further file is released like the first.
 */
@AggregateRoot
public class PaymentBatch {

    private static final String USER = "userId";
    private static final String NAME = "username";

    @AggregateIdentifier
    private String stream;
    private UUID batchId;
    private String preparedBy;
    private List<UUID> paymentIds = List.of();
    private final Map<UUID, Hold> holds = new HashMap<>();
    private final Set<UUID> confirmed = new HashSet<>();
    private final Map<UUID, Integer> fileOf = new HashMap<>();
    private int files;

    protected PaymentBatch() {
        // for Axon
    }

    /** The stream of the batch with this id. */
    public static String streamOf(UUID batchId) {
        return "batch:" + batchId;
    }

    /** Whether {@code user} may release a file of a batch {@code preparedBy} made: the same rule as the command's. */
    public static boolean mayRelease(String user, String preparedBy) {
        return SeparationOfDuties.separated(user, preparedBy);
    }

    /** Whether {@code user} may confirm a held payment: neither who made the batch nor who changed the account. */
    public static boolean mayConfirm(String user, String preparedBy, String accountChangedBy) {
        return SeparationOfDuties.separated(user, preparedBy, accountChangedBy);
    }

    /** The holder's name as a second user gives it matches the account's: the same name, spaces aside. */
    public static boolean sameName(String given, String holderName) {
        return given != null && holderName != null
                && given.replaceAll("\\s+", "").equals(holderName.replaceAll("\\s+", ""));
    }

    /** How many bank files were released (0: none, the bank file cannot be produced). */
    public int releasedFiles() {
        return files;
    }

    /** The payments of released file {@code fileNo}, in the order the batch lists them. */
    public List<UUID> paymentsOfFile(int fileNo) {
        return paymentIds.stream().filter(id -> Integer.valueOf(fileNo).equals(fileOf.get(id))).toList();
    }

    /** The payments the next release would put in a file: not held (or confirmed), in no file yet. */
    List<UUID> releasable() {
        List<UUID> ready = new ArrayList<>();
        for (UUID id : paymentIds) {
            if (!fileOf.containsKey(id) && (!holds.containsKey(id) || confirmed.contains(id))) {
                ready.add(id);
            }
        }
        return ready;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(CreatePaymentBatch c) {
        CreatedOnce.require(stream, "batch-already-created", "Batch " + c.batchId() + " already exists",
                    c.batchId());
        apply(new PaymentBatchCreated(c.batchId(), c.divisionCode(), c.kind(), c.title(), c.paymentIds(),
                c.totalFen(), c.holds(), c.heldCases()));
        return c.batchId();
    }

    /** Releases the next bank file; answers its number. */
    @CommandHandler
    public int handle(ReleaseBatch c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        SeparationOfDuties.require(user, name, "payment batch " + batchId, "release", preparedBy);
        List<UUID> ready = releasable();
        if (ready.isEmpty()) {
            throw new DomainRuleViolation("nothing-to-release", "Batch " + batchId + " has no payment to release: "
                    + files + " file(s) released, " + (holds.size() - confirmed.size()) + " payment(s) held",
                    batchId, files, holds.size() - confirmed.size());
        }
        int fileNo = files + 1;
        apply(new BatchReleased(batchId, fileNo, ready, user));
        return fileNo;
    }

    @CommandHandler
    public void handle(ConfirmHeldPayment c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        Hold hold = holds.get(c.paymentId());
        if (hold == null || confirmed.contains(c.paymentId())) {
            throw new DomainRuleViolation("payment-not-held", "Payment " + c.paymentId() + " is not held on batch "
                    + batchId, c.paymentId(), batchId);
        }
        SeparationOfDuties.require(user, name, "payment " + c.paymentId() + " (its batch or its account change)",
                "confirm", preparedBy, hold.accountChangedBy());
        if (!sameName(c.holderName(), hold.holderName())) {
            throw new DomainRuleViolation("account-holder-mismatch", "The name given, " + c.holderName()
                    + ", is not the account holder's name for payment " + c.paymentId(), c.holderName(),
                    c.paymentId());
        }
        apply(new HeldPaymentConfirmed(batchId, c.paymentId(), c.holderName().strip(), user));
    }

    @CommandHandler
    public void handle(RecordBankResult c) {
        apply(new BankResultRecorded(c.batchId(), c.fileChecksum(), c.paidCount(), c.paidFen(), c.failedCount(),
                c.failedFen(), c.mismatches()));
    }

    @EventSourcingHandler
    void on(PaymentBatchCreated e, @MetaDataValue(USER) String by) {
        stream = streamOf(e.batchId());
        batchId = e.batchId();
        preparedBy = by;
        paymentIds = List.copyOf(e.paymentIds());
        e.holdsOrNone().forEach(hold -> holds.put(hold.paymentId(), hold));
    }

    @EventSourcingHandler
    void on(BatchReleased e) {
        files = e.fileNo();
        e.paymentIds().forEach(id -> fileOf.put(id, e.fileNo()));
    }

    @EventSourcingHandler
    void on(HeldPaymentConfirmed e) {
        confirmed.add(e.paymentId());
    }
}
