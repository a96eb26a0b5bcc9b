package org.relieftrace.registry.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.ReserveAgreementSigned;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.agreement.AgreementCommands.SignReserveAgreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 协议储备 — a contract with an enterprise to hold goods for a division's reserve and hand them over when called off.
 * Recorded once; its stream is {@code agreement:<uuid>}. What is called off is kept by the supplies-service, which
 * receives the goods.
 */
@AggregateRoot
public class ReserveAgreement {

    private static final String STREAM_PREFIX = "agreement:";

    @AggregateIdentifier
    private String stream;

    protected ReserveAgreement() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the agreement with this id. */
    public static String streamOf(UUID agreementId) {
        return STREAM_PREFIX + agreementId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(SignReserveAgreement command) {
        CreatedOnce.require(stream, "reserve-agreement-already-recorded",
                    "Agreement " + command.contractNumber() + " is already recorded", command.contractNumber());
        if (command.lines().isEmpty()) {
            throw new DomainRuleViolation("agreement-without-lines", "Agreement " + command.contractNumber()
                    + " names no item", command.contractNumber());
        }
        Set<String> items = new HashSet<>();
        for (AgreedQuantity line : command.lines()) {
            if (line.quantity() <= 0) {
                throw new DomainRuleViolation("agreed-quantity-not-positive", "The quantity of " + line.itemCode()
                        + " under agreement " + command.contractNumber() + " must be greater than zero",
                        line.itemCode(), command.contractNumber());
            }
            if (!items.add(line.itemCode())) {
                throw new DomainRuleViolation("agreement-item-twice", "Agreement " + command.contractNumber()
                        + " names " + line.itemCode() + " twice", line.itemCode(), command.contractNumber());
            }
        }
        if (!command.validTo().isAfter(command.validFrom())) {
            throw new DomainRuleViolation("contract-period-empty", "Agreement " + command.contractNumber()
                    + " must end after it begins", command.contractNumber());
        }
        apply(new ReserveAgreementSigned(command.agreementId(), command.contractNumber().strip(),
                command.enterprise().strip(), List.copyOf(command.lines()), command.validFrom(), command.validTo(),
                command.divisionCode()));
        return command.agreementId();
    }

    @EventSourcingHandler
    void on(ReserveAgreementSigned event) {
        stream = streamOf(event.agreementId());
    }
}
