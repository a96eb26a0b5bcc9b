package org.relieftrace.relief.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.relief.payment.PaymentCommands.SettlePayments;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentsSettled;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 回盘分段 — a chunk of the bank's result lines recorded in one unit of work (stream
 * {@code payment-settlement:<settlement>:<n>}): each line's outcome ({@link PaymentConfirmed} or
 * {@link PaymentFailed}) goes on its payment's own stream as that stream's event 1, right after its
 * {@code PaymentIssued} — the only place an outcome can go, since a payment is settled once ({@link Payment}). The
 * event store lets one writer append event 1 of a stream: when any payment of the chunk got its outcome meanwhile,
 * the whole chunk fails, nothing of it is appended, and its lines are recorded one by one through {@link Payment}.
 */
@AggregateRoot
public class PaymentSettlement {

    @AggregateIdentifier
    private String stream;

    protected PaymentSettlement() {
        // for Axon
    }

    /** The stream of chunk {@code chunk} of the settlement (one upload of a result file). */
    public static String streamOf(UUID settlementId, int chunk) {
        return "payment-settlement:" + settlementId + ":" + chunk;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(SettlePayments c, EventBus events) {
        if (stream != null) {
            return 0; // the same chunk, retried: already recorded
        }
        List<UUID> paid = new ArrayList<>();
        List<UUID> failed = new ArrayList<>();
        for (SettlePayments.Outcome line : c.lines()) {
            (line.paid() ? paid : failed).add(line.paymentId());
        }
        apply(new PaymentsSettled(c.settlementId(), c.batchId(), c.chunk(), paid, failed));
        for (SettlePayments.Outcome line : c.lines()) {
            Object outcome = line.paid()
                    ? new PaymentConfirmed(line.paymentId(), line.caseId(), line.fundId(), line.amountFen(),
                    c.paidOn(), line.bankReference())
                    : new PaymentFailed(line.paymentId(), line.caseId(), line.fundId(), line.amountFen(),
                    line.reason());
            events.publish(new GenericDomainEventMessage<>(Payment.class.getSimpleName(),
                    Payment.streamOf(line.paymentId()), Payment.OUTCOME_SEQUENCE, outcome));
        }
        return c.lines().size();
    }

    @EventSourcingHandler
    void on(PaymentsSettled e) {
        stream = streamOf(e.settlementId(), e.chunk());
    }
}
