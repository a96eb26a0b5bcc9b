package org.relieftrace.relief.payment;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.relief.payment.PaymentCommands.IssuePayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayments;
import org.relieftrace.relief.payment.PaymentEvents.PaymentChunkIssued;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * 发放分段 — a chunk of a batch's payments issued in one unit of work (stream {@code payment-chunk:<batch>:<n>}): it
 * starts every payment's own stream ({@link Payment}, keyed by {@link PaymentCommands#paymentIdOf}) in the same
 * transaction, so the event store still lets only one writer start each payment — when any of them is taken, the
 * whole chunk fails and nothing of it is appended.
 */
@AggregateRoot
public class PaymentChunk {

    @AggregateIdentifier
    private String stream;
    private List<UUID> paymentIds;

    protected PaymentChunk() {
        // for Axon
    }

    /** The stream of chunk {@code chunk} of the batch. */
    public static String streamOf(UUID batchId, int chunk) {
        return "payment-chunk:" + batchId + ":" + chunk;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<UUID> handle(IssuePayments c) throws Exception {
        if (stream != null) {
            return paymentIds; // the same chunk, retried
        }
        List<UUID> ids = c.lines().stream().map(IssuePayment::paymentId).toList();
        apply(new PaymentChunkIssued(c.batchId(), c.chunk(), ids));
        for (IssuePayment line : c.lines()) {
            createNew(Payment.class, () -> new Payment(line));
        }
        return ids;
    }

    @EventSourcingHandler
    void on(PaymentChunkIssued e) {
        stream = streamOf(e.batchId(), e.chunk());
        paymentIds = e.paymentIds();
    }
}
