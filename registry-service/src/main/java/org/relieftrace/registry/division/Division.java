package org.relieftrace.registry.division;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.division.DivisionCommands.RegisterDivision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 行政区划 — one administrative division, identified by its 12-digit statistical code (the aggregate id). It is
 * registered once, and its code, level and parent must agree. That the parent is itself registered is a fact about
 * another aggregate: the resource checks the parent's own event stream before sending the command.
 */
@AggregateRoot
public class Division {

    @AggregateIdentifier
    private String code;

    protected Division() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(RegisterDivision command) {
        CreatedOnce.require(code, "division-already-registered",
                    "Division " + command.code() + " is already registered", command.code());
        if (command.name() == null || command.name().isBlank() || command.level() == null) {
            throw new DomainRuleViolation("division-incomplete", "A division needs a name and a level");
        }
        DivisionRules.problemWith(command.code(), command.level(), command.parentCode()).ifPresent(problem -> {
            throw new DomainRuleViolation("division-code-mismatch", "Division " + command.code() + ": "
                    + problem.field() + " " + problem.message(), command.code(), problem.field(), problem.message());
        });
        apply(new DivisionRegistered(command.code(), command.name().strip(), command.level().name(),
                command.parentCode()));
        return command.code();
    }

    @EventSourcingHandler
    void on(DivisionRegistered event) {
        code = event.code();
    }
}
