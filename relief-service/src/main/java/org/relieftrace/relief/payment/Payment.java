package org.relieftrace.relief.payment;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmPayment;
import org.relieftrace.relief.payment.PaymentCommands.FailPayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayment;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentIssued;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 发放 — one attempt to pay a case, stream {@code payment:<id>} with the id derived from the case and the attempt
 * ({@link PaymentCommands#paymentIdOf}): the event store lets only one writer start it, so a case is paid at most
 * once per attempt, and a reissue is a new attempt linked to the failed one. Issued, then paid or failed, once.
 */
@AggregateRoot
public class Payment {

    /** The sequence of a payment's one outcome on its stream: right after its {@link PaymentIssued} (0). */
    static final long OUTCOME_SEQUENCE = 1;

    @AggregateIdentifier
    private String stream;
    private PaymentIssued issued;
    private String outcome;

    protected Payment() {
        // for Axon
    }

    /** Issued as one line of a chunk ({@link PaymentChunk}): a new stream, which must not exist yet. */
    Payment(IssuePayment c) {
        issue(c);
    }

    /** The stream of the payment with this id. */
    public static String streamOf(UUID paymentId) {
        return "payment:" + paymentId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(IssuePayment c) {
        if (stream != null && issued.batchId().equals(c.batchId()) && issued.caseId().equals(c.caseId())) {
            return c.paymentId(); // the same batch, retried
        }
        if (stream != null) {
            throw new DomainRuleViolation("case-already-paid", "Case " + c.caseId() + " is already on batch "
                    + issued.batchId() + " (payment attempt " + c.attempt() + ")", c.caseId(), issued.batchId());
        }
        issue(c);
        return c.paymentId();
    }

    private static void issue(IssuePayment c) {
        apply(new PaymentIssued(c.paymentId(), c.batchId(), c.caseId(), c.attempt(), c.reissueOf(), c.fundId(),
                c.householdId(), c.divisionCode(), c.payeePersonId(), c.payeeName(), c.bank(), c.accountNumber(),
                c.amountFen(), c.accountFlag(), c.lineNo(), c.instalment(), c.instalments()));
    }

    @CommandHandler
    public boolean handle(ConfirmPayment c) {
        if ("PAID".equals(outcome)) {
            return false;
        }
        requireOpen();
        apply(new PaymentConfirmed(issued.paymentId(), issued.caseId(), issued.fundId(), issued.amountFen(),
                c.paidOn(), c.bankReference()));
        return true;
    }

    @CommandHandler
    public boolean handle(FailPayment c) {
        if ("FAILED".equals(outcome)) {
            return false;
        }
        requireOpen();
        apply(new PaymentFailed(issued.paymentId(), issued.caseId(), issued.fundId(), issued.amountFen(),
                c.reason()));
        return true;
    }

    private void requireOpen() {
        if (outcome != null) {
            throw new DomainRuleViolation("payment-already-settled", "Payment " + issued.paymentId()
                    + " is already " + outcome, issued.paymentId(), outcome);
        }
    }

    @EventSourcingHandler
    void on(PaymentIssued e) {
        stream = streamOf(e.paymentId());
        issued = e;
    }

    @EventSourcingHandler
    void on(PaymentConfirmed e) {
        outcome = "PAID";
    }

    @EventSourcingHandler
    void on(PaymentFailed e) {
        outcome = "FAILED";
    }
}
