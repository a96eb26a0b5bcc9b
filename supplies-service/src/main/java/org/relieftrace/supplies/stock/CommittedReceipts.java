package org.relieftrace.supplies.stock;

import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.NoArgumentConstructorCreationPolicyAggregateFactory;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.supplies.agreement.AgreementCallOffs;
import org.relieftrace.supplies.pledge.Pledge;
import org.relieftrace.supplies.stock.StockCommands.ReceiveCalledOff;
import org.relieftrace.supplies.stock.StockCommands.ReceivePledged;

/**
 * 承诺入库 — a receipt against a commitment, as one unit of work: goods called off an agreement reserve
 * ({@link AgreementCallOffs}) or received against a pledge ({@link Pledge}) are taken off what the commitment has
 * left and entered into the depot's stock ({@link DepotStock}) in the same transaction, so both streams' events are
 * stored together or not at all: a refusal on either side, or a crash in between, leaves no half-done call-off or
 * receipt. Concurrent receipts against one commitment meet on its event stream.
 */
@ApplicationScoped
public class CommittedReceipts {

    @Inject
    Repository<AgreementCallOffs> callOffs;

    @Inject
    Repository<Pledge> pledges;

    @Inject
    Repository<DepotStock> depots;

    CommittedReceipts() {
        // for CDI
    }

    CommittedReceipts(Repository<AgreementCallOffs> callOffs, Repository<Pledge> pledges,
                      Repository<DepotStock> depots) {
        this.callOffs = callOffs;
        this.pledges = pledges;
        this.depots = depots;
    }

    /** Calls the goods off the agreement, then receives them; answers the receipt. */
    @CommandHandler
    public UUID handle(ReceiveCalledOff command) throws Exception {
        String stream = command.callOff().stream();
        callOffs.loadOrCreate(stream, () -> new NoArgumentConstructorCreationPolicyAggregateFactory<>(
                AgreementCallOffs.class).create(stream)).handle(GenericCommandMessage.asCommandMessage(
                command.callOff()));
        return receive(command.receipt());
    }

    /** Takes the goods off what the pledge has left, then receives them; answers the receipt. */
    @CommandHandler
    public UUID handle(ReceivePledged command) throws Exception {
        Aggregate<Pledge> pledge;
        try {
            pledge = pledges.load(command.pledged().stream());
        } catch (AggregateNotFoundException unknown) {
            throw new InvalidInput("pledgeId", "unknown pledge " + command.pledged().pledgeId());
        }
        pledge.handle(GenericCommandMessage.asCommandMessage(command.pledged()));
        return receive(command.receipt());
    }

    private UUID receive(ReceiveStock receipt) throws Exception {
        return (UUID) depots.loadOrCreate(receipt.depotId().toString(), newDepot(receipt))
                .handle(GenericCommandMessage.asCommandMessage(receipt));
    }

    private static Callable<DepotStock> newDepot(ReceiveStock receipt) {
        return () -> new NoArgumentConstructorCreationPolicyAggregateFactory<>(DepotStock.class)
                .create(receipt.depotId());
    }
}
