package org.relieftrace.supplies.pledge;

import java.util.Comparator;
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

import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.pledge.PledgeCommands.ClosePledge;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeCommands.ReceiveAgainstPledge;
import org.relieftrace.supplies.pledge.PledgeCommands.RecordPledge;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeClosed;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeReceived;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 捐赠承诺 — what a donor promised a division, and what has arrived against it. A donation receipt naming the pledge
 * is decided here in the receipt's unit of work (the stock's {@code CommittedReceipts}), one at a time per pledge,
 * so two receipts cannot both take what is left. Its stream is {@code pledge:<uuid>}.
 */
@AggregateRoot
@Revision("1")
public class Pledge {

    private static final String STREAM_PREFIX = "pledge:";

    @AggregateIdentifier
    private String stream;
    private String division;
    private boolean closed;
    private final Map<String, Long> pledged = new HashMap<>();
    private final Map<String, Long> received = new HashMap<>();
    private final Set<UUID> receipts = new HashSet<>();

    protected Pledge() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the pledge with this id. */
    public static String streamOf(UUID pledgeId) {
        return STREAM_PREFIX + pledgeId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(RecordPledge command) {
        CreatedOnce.require(stream, "pledge-already-recorded", "Pledge " + command.pledgeId()
                    + " is already recorded", command.pledgeId());
        PledgeRules.requireRecordable(command.lines());
        apply(new PledgeRecorded(command.pledgeId(), command.donor().strip(), command.divisionCode(),
                command.expectedOn(), List.copyOf(command.lines())));
        return command.pledgeId();
    }

    /** Takes the goods of a receipt off what is left, or refuses; a receipt taken before changes nothing. */
    @CommandHandler
    public void handle(ReceiveAgainstPledge command) {
        if (receipts.contains(command.receiptId())) {
            return;
        }
        PledgeRules.requireReceivable(division, pledged, received, closed, command.depotDivision(),
                command.lines());
        List<PledgedQuantity> lines = PledgeRules.perItem(command.lines()).entrySet().stream()
                .map(item -> new PledgedQuantity(item.getKey(), item.getValue())).toList();
        apply(new PledgeReceived(command.pledgeId(), command.receiptId(), command.depotId(), lines));
    }

    @CommandHandler
    public void handle(ClosePledge command) {
        if (closed) {
            throw new DomainRuleViolation("pledge-closed", "The pledge is closed");
        }
        List<PledgedQuantity> unreceived = pledged.entrySet().stream()
                .map(item -> new PledgedQuantity(item.getKey(), PledgeRules.left(item.getValue(),
                        received.getOrDefault(item.getKey(), 0L))))
                .filter(line -> line.quantity() > 0).sorted(Comparator.comparing(PledgedQuantity::itemCode))
                .toList();
        apply(new PledgeClosed(command.pledgeId(), unreceived));
    }

    @EventSourcingHandler
    void on(PledgeRecorded event) {
        stream = streamOf(event.pledgeId());
        division = event.divisionCode();
        event.lines().forEach(line -> pledged.merge(line.itemCode(), line.quantity(), Long::sum));
    }

    @EventSourcingHandler
    void on(PledgeReceived event) {
        event.lines().forEach(line -> received.merge(line.itemCode(), line.quantity(), Long::sum));
        receipts.add(event.receiptId());
    }

    @EventSourcingHandler
    void on(PledgeClosed event) {
        closed = true;
    }
}
