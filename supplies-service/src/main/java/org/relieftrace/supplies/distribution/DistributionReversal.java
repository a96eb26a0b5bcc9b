package org.relieftrace.supplies.distribution;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.NoArgumentConstructorCreationPolicyAggregateFactory;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.supplies.distribution.AllowanceMessages.ReleaseAllowance;
import org.relieftrace.supplies.distribution.DistributionCommands.ReverseDistribution;
import org.relieftrace.supplies.stock.DepotStock;
import org.relieftrace.supplies.stock.ReversalRules;
import org.relieftrace.supplies.stock.StockCommands.ApproveReversal;
import org.relieftrace.supplies.stock.StockCommands.ReversedDistribution;

/**
 * 分发冲正 — approving a distribution's reversal as one unit of work: the depot's stock book ({@link DepotStock})
 * decides it (a waiting reversal, approved by someone other than who asked for it) and takes the goods back into
 * their lots, and the household's allowance for the disaster ({@link HouseholdAllowance}) gives the claim back, so
 * both streams' events are stored together or not at all.
 */
@ApplicationScoped
public class DistributionReversal {

    @Inject
    Repository<HouseholdAllowance> allowances;

    @Inject
    Repository<DepotStock> depots;

    DistributionReversal() {
        // for CDI
    }

    DistributionReversal(Repository<HouseholdAllowance> allowances, Repository<DepotStock> depots) {
        this.allowances = allowances;
        this.depots = depots;
    }

    /** Reverses the distribution at the depot, then frees its claim on the household's allowance (if it made one). */
    @CommandHandler
    public void handle(ReverseDistribution command) throws Exception {
        ApproveReversal approve = new ApproveReversal(command.depotId(), ReversalRules.DISTRIBUTION,
                command.distributionId(), command.approvedBy());
        ReversedDistribution reversed = (ReversedDistribution) depots.loadOrCreate(command.depotId().toString(),
                newDepot(command)).handle(GenericCommandMessage.asCommandMessage(approve));
        String allowanceId = AllowanceMessages.allowanceId(reversed.householdId(), reversed.disasterId());
        Aggregate<HouseholdAllowance> allowance;
        try {
            allowance = allowances.load(allowanceId);
        } catch (AggregateNotFoundException noLimitNoClaim) {
            return;
        }
        allowance.handle(GenericCommandMessage.asCommandMessage(new ReleaseAllowance(allowanceId,
                command.distributionId())));
    }

    private static Callable<DepotStock> newDepot(ReverseDistribution command) {
        return () -> new NoArgumentConstructorCreationPolicyAggregateFactory<>(DepotStock.class)
                .create(command.depotId());
    }
}
