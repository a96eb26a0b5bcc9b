package org.relieftrace.supplies.request;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.request.SupplyRequestMessages.ApproveSupplyRequest;
import org.relieftrace.supplies.request.SupplyRequestMessages.RejectSupplyRequest;
import org.relieftrace.supplies.request.SupplyRequestMessages.SubmitSupplyRequest;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestApproved;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestRejected;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestSubmitted;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 需求申报 — a village's or township's request for goods for a disaster, approved up the tiers (township, then county)
 * and fulfilled by transfers that name it. Whoever submitted it approves it at no tier, and nobody approves it twice
 * (maker–checker, {@link ApprovalTiers#separated}).
 */
@AggregateRoot
@Revision("2")
public class SupplyRequest {

    private static final String USER = "userId";
    private static final String NAME = "username";

    @AggregateIdentifier
    private UUID requestId;
    /** The division that approved last (the requester's own division at first). */
    private String lastDivision;
    private boolean open;
    /** Who submitted it, then who approved it at each tier (user ids; null in events stored without one). */
    private final List<String> makers = new ArrayList<>();

    protected SupplyRequest() {
        // for Axon
    }

    @CommandHandler
    public SupplyRequest(SubmitSupplyRequest command) {
        if (command.level().equals("COUNTY")) {
            throw new DomainRuleViolation("request-from-county", "Requests are made by villages and townships");
        }
        apply(new SupplyRequestSubmitted(command.requestId(), command.divisionCode(), command.level(),
                command.disasterId(), command.affectedPeople(), command.items()));
    }

    @CommandHandler
    public void handle(ApproveSupplyRequest command, @MetaDataValue(USER) String user,
                       @MetaDataValue(NAME) String name) {
        requireOpen();
        String next = ApprovalTiers.above(lastDivision);
        if (!next.equals(command.approverDivision())) {
            throw new DomainRuleViolation("approval-tier", "The next approval comes from division " + next, next);
        }
        SeparationOfDuties.require(user, name, "supply request " + requestId, "approve",
                makers.toArray(String[]::new));
        apply(new SupplyRequestApproved(requestId, command.approverDivision(), command.approverLevel(),
                command.approverLevel().equals("COUNTY")));
    }

    @CommandHandler
    public void handle(RejectSupplyRequest command) {
        requireOpen();
        apply(new SupplyRequestRejected(requestId, command.approverDivision()));
    }

    private void requireOpen() {
        if (!open) {
            throw new DomainRuleViolation("request-closed", "Request " + requestId + " is already decided", requestId);
        }
    }

    @EventSourcingHandler
    void on(SupplyRequestSubmitted event, @MetaDataValue(USER) String user) {
        requestId = event.requestId();
        makers.add(user);
        lastDivision = event.divisionCode();
        open = true;
    }

    @EventSourcingHandler
    void on(SupplyRequestApproved event, @MetaDataValue(USER) String user) {
        makers.add(user);
        lastDivision = event.approverDivision();
        open = !event.approved();
    }

    @EventSourcingHandler
    void on(SupplyRequestRejected event) {
        open = false;
    }
}
