package org.relieftrace.registry.household;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.MoveMember;
import org.relieftrace.registry.household.HouseholdCommands.RemoveMember;
import org.relieftrace.registry.household.HouseholdCommands.RemovedMember;

/**
 * 成员迁移 — moves a person between two households in one unit of work: the first household lets them go (passing
 * their resident ID claim to the second), the second takes them in. Both events commit together or neither does, so
 * a refusal by either household, or a crash in between, leaves the person where they were.
 */
@ApplicationScoped
public class MemberMove {

    @Inject
    Repository<Household> households;

    MemberMove() {
        // for CDI
    }

    MemberMove(Repository<Household> households) {
        this.households = households;
    }

    /** Moves the person; answers their person id in the household they joined. */
    @CommandHandler
    public UUID handle(MoveMember command) throws Exception {
        RemovedMember member = (RemovedMember) load(command.fromHouseholdId()).handle(GenericCommandMessage
                .asCommandMessage(new RemoveMember(command.fromHouseholdId(), command.personId(),
                        command.toHouseholdId())));
        return (UUID) load(command.toHouseholdId()).handle(GenericCommandMessage.asCommandMessage(new AddMember(
                command.toHouseholdId(), member.name(), member.idNumber(), member.phone(), member.relation(),
                command.fromHouseholdId())));
    }

    private Aggregate<Household> load(UUID householdId) {
        try {
            return households.load(Household.streamOf(householdId));
        } catch (AggregateNotFoundException unknown) {
            throw new NotFound("household", householdId);
        }
    }
}
