package org.relieftrace.relief.payment;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.payment.PaymentCommands.CreatePaymentBatch;
import org.relieftrace.relief.payment.PaymentCommands.RecordBankResult;
import org.relieftrace.relief.payment.PaymentEvents.BankResultRecorded;
import org.relieftrace.relief.payment.PaymentEvents.PaymentBatchCreated;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 发放批次 — a bank batch of payments (stream {@code batch:<uuid>}): made up once, then reconciled with each result
 * file the bank sends back.
 */
@AggregateRoot
public class PaymentBatch {

    @AggregateIdentifier
    private String stream;

    protected PaymentBatch() {
        // for Axon
    }

    /** The stream of the batch with this id. */
    public static String streamOf(UUID batchId) {
        return "batch:" + batchId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(CreatePaymentBatch c) {
        if (stream != null) {
            throw new DomainRuleViolation("batch-already-created", "Batch " + c.batchId() + " already exists",
                    c.batchId());
        }
        apply(new PaymentBatchCreated(c.batchId(), c.divisionCode(), c.kind(), c.title(), c.paymentIds(),
                c.totalFen()));
        return c.batchId();
    }

    @CommandHandler
    public void handle(RecordBankResult c) {
        apply(new BankResultRecorded(c.batchId(), c.fileChecksum(), c.paidCount(), c.paidFen(), c.failedCount(),
                c.failedFen(), c.mismatches()));
    }

    @EventSourcingHandler
    void on(PaymentBatchCreated e) {
        stream = streamOf(e.batchId());
    }
}
