package org.relieftrace.supplies.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.supplies.agreement.AgreementCommands.CallOff;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementEvents.AgreementCalledOff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 协议储备调用台账 — what has been called off one agreement reserve (协议储备), per item, and by which receipts. A
 * call-off is decided here one at a time per agreement, in the unit of work of its receipt (the stock's
 * {@code CommittedReceipts}), so two concurrent call-offs cannot both take what is left: the second meets the first's
 * event on this stream and is decided again against what the first left.
 */
@AggregateRoot
@Revision("1")
public class AgreementCallOffs {

    private static final String STREAM_PREFIX = "calloffs:";

    @AggregateIdentifier
    private String stream;
    private final Map<String, Long> calledOff = new HashMap<>();
    private final Set<UUID> receipts = new HashSet<>();

    protected AgreementCallOffs() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the call-offs of the agreement with this id. */
    public static String streamOf(UUID agreementId) {
        return STREAM_PREFIX + agreementId;
    }

    /** Calls the goods off, or refuses; a receipt called off before changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CallOff command) {
        if (receipts.contains(command.receiptId())) {
            return;
        }
        AgreementRules.requireCallable(command.terms(), calledOff, command.depotDivision(), command.receivedOn(),
                command.lines());
        List<ItemQuantity> lines = AgreementRules.perItem(command.lines()).entrySet().stream()
                .map(item -> new ItemQuantity(item.getKey(), item.getValue())).toList();
        apply(new AgreementCalledOff(command.terms().agreementId(), command.receiptId(), command.depotId(), lines));
    }

    @EventSourcingHandler
    void on(AgreementCalledOff event) {
        stream = streamOf(event.agreementId());
        event.lines().forEach(line -> calledOff.merge(line.itemCode(), line.quantity(), Long::sum));
        receipts.add(event.receiptId());
    }
}
