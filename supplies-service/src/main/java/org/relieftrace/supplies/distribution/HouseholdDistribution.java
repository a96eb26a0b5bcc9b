package org.relieftrace.supplies.distribution;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.NoArgumentConstructorCreationPolicyAggregateFactory;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.distribution.AllowanceMessages.ClaimAllowance;
import org.relieftrace.supplies.distribution.DistributionCommands.DistributeToHousehold;
import org.relieftrace.supplies.distribution.DistributionCommands.Household;
import org.relieftrace.supplies.stock.DepotStock;
import org.relieftrace.supplies.stock.StockCommands.DistributeStock;
import org.relieftrace.supplies.stock.StockCommands.Handed;

/**
 * 分发 — handing goods to a household, as one unit of work: the household's allowance for the disaster
 * ({@link HouseholdAllowance}, across all depots) is claimed and the depot's stock ({@link DepotStock}) is issued in
 * the same transaction, so both streams' events are stored together or not at all: a depot that refuses, or a crash
 * in between, leaves no claim behind. Concurrent distributions meet on the two aggregates' event streams.
 */
@ApplicationScoped
public class HouseholdDistribution {

    @Inject
    Repository<HouseholdAllowance> allowances;

    @Inject
    Repository<DepotStock> depots;

    HouseholdDistribution() {
        // for CDI
    }

    HouseholdDistribution(Repository<HouseholdAllowance> allowances, Repository<DepotStock> depots) {
        this.allowances = allowances;
        this.depots = depots;
    }

    /** Claims the allowance, then issues the goods; answers the lots they came from. */
    @CommandHandler
    public Handed handle(DistributeToHousehold command) throws Exception {
        Household household = command.household();
        if (!DivisionCode.contains(command.depotDivision(), household.division())) {
            throw new DomainRuleViolation("household-outside-division", "Household " + household.householdId()
                    + " lives in " + household.division() + ", outside the depot's division "
                    + command.depotDivision(), household.division(), command.depotDivision());
        }
        if (!household.memberIdNumbers().contains(command.recipientIdNumber())) {
            throw new DomainRuleViolation("recipient-not-member", "The recipient is not a member of household "
                    + household.householdId(), household.householdId());
        }
        if (command.limit() != null) {
            String allowanceId = AllowanceMessages.allowanceId(household.householdId(), command.disasterId());
            allowances.loadOrCreate(allowanceId, HouseholdAllowance::new).handle(GenericCommandMessage
                    .asCommandMessage(new ClaimAllowance(allowanceId, household.householdId(), command.disasterId(),
                            command.distributionId(), command.want().itemCode(), command.want().quantity(),
                            command.limit())));
        }
        DistributeStock issue = new DistributeStock(command.depotId(), command.distributionId(),
                household.householdId(), command.disasterId(), command.recipientName(), command.recipientIdNumber(),
                command.want(), command.limit(), command.today());
        return (Handed) depots.loadOrCreate(command.depotId().toString(), newDepot(command))
                .handle(GenericCommandMessage.asCommandMessage(issue));
    }

    private static Callable<DepotStock> newDepot(DistributeToHousehold command) {
        return () -> new NoArgumentConstructorCreationPolicyAggregateFactory<>(DepotStock.class)
                .create(command.depotId());
    }
}
