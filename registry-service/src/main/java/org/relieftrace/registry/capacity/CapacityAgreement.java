package org.relieftrace.registry.capacity;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.CapacityAgreementSigned;
import org.relieftrace.contracts.registry.CapacityLeadTimeDeclared;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.capacity.CapacityCommands.SignCapacityAgreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 生产能力储备 — a contract with an enterprise to produce an item when called, up to a daily capacity, after a
 * lead time (生产准备期, in days), within a contract period. Recorded once; its stream is {@code capacity:<uuid>}.
 */
@AggregateRoot
public class CapacityAgreement {

    private static final String STREAM_PREFIX = "capacity:";

    @AggregateIdentifier
    private String stream;

    protected CapacityAgreement() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the agreement with this id. */
    public static String streamOf(UUID agreementId) {
        return STREAM_PREFIX + agreementId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(SignCapacityAgreement command) {
        CreatedOnce.require(stream, "capacity-agreement-already-recorded",
                    "Agreement " + command.contractNumber() + " is already recorded", command.contractNumber());
        if (command.dailyCapacity() <= 0) {
            throw new DomainRuleViolation("daily-capacity-not-positive", "The daily capacity of agreement "
                    + command.contractNumber() + " must be greater than zero", command.contractNumber());
        }
        if (command.leadTimeDays() < 0) {
            throw new DomainRuleViolation("lead-time-negative", "The lead time of agreement "
                    + command.contractNumber() + " cannot be negative", command.contractNumber());
        }
        if (!command.validTo().isAfter(command.validFrom())) {
            throw new DomainRuleViolation("contract-period-empty", "Agreement " + command.contractNumber()
                    + " must end after it begins", command.contractNumber());
        }
        apply(new CapacityAgreementSigned(command.agreementId(), command.contractNumber().strip(),
                command.enterprise().strip(), command.itemCode(), command.dailyCapacity(), command.validFrom(),
                command.validTo(), command.divisionCode()));
        apply(new CapacityLeadTimeDeclared(command.agreementId(), command.leadTimeDays()));
        return command.agreementId();
    }

    @EventSourcingHandler
    void on(CapacityAgreementSigned event) {
        stream = streamOf(event.agreementId());
    }
}
