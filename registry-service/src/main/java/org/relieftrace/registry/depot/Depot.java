package org.relieftrace.registry.depot;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.DepotCapacityDeclared;
import org.relieftrace.contracts.registry.DepotKeepersAssigned;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.depot.DepotCommands.RegisterDepot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 应急物资储备库 — a depot as the registry knows it: where it is, who holds its goods, how large it is and who keeps
 * it. Its public id is the depot UUID; its event stream is {@code depot:<uuid>}, because the supplies-service's stock
 * book of the same depot is the stream named by the bare UUID in the shared event store.
 * <p>
 * That a depot code is used only once is a rule across depots: the resource checks it against the depot read model
 * and answers {@code 409 depot-code-taken}. Two requests racing with the same code and different ids could both
 * pass; clients that derive the id from the code (as the seed loader does) meet this aggregate's own check instead.
 */
@AggregateRoot
public class Depot {

    private static final String STREAM_PREFIX = "depot:";

    @AggregateIdentifier
    private String stream;

    protected Depot() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the depot with this id. */
    public static String streamOf(UUID depotId) {
        return STREAM_PREFIX + depotId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(RegisterDepot command) {
        CreatedOnce.require(stream, "depot-already-registered",
                    "Depot " + command.depotId() + " is already registered", command.depotId());
        if (command.kind() == null || command.tier() == null || command.divisionCode() == null) {
            throw new DomainRuleViolation("depot-incomplete", "A depot needs a division, a tier and a kind");
        }
        if (command.capacity() != null && command.capacity() <= 0) {
            throw new DomainRuleViolation("depot-capacity-not-positive",
                    "The capacity of depot " + command.code() + " must be greater than zero", command.code());
        }
        List<String> keepers = command.keepers() == null ? List.of()
                : command.keepers().stream().map(String::strip).distinct().sorted().toList();
        apply(new DepotRegistered(command.depotId(), command.code(), command.name().strip(), command.divisionCode(),
                command.tier(), command.kind().name(), command.latitude(), command.longitude(), command.address()));
        if (command.capacity() != null) {
            apply(new DepotCapacityDeclared(command.depotId(), command.capacity()));
        }
        if (!keepers.isEmpty()) {
            apply(new DepotKeepersAssigned(command.depotId(), keepers));
        }
        return command.depotId();
    }

    @EventSourcingHandler
    void on(DepotRegistered event) {
        stream = streamOf(event.depotId());
    }
}
