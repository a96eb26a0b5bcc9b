package org.relieftrace.relief.fund;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.division.DivisionCode;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.relief.fund.FundCommands.AllocateFund;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.fund.FundCommands.DecideApportionment;
import org.relieftrace.relief.fund.FundCommands.ReleaseFunds;
import org.relieftrace.relief.fund.FundEvents.FundAllocated;
import org.relieftrace.relief.fund.FundEvents.FundApportioned;
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRaised;
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRejected;
import org.relieftrace.relief.fund.FundEvents.FundCommitmentReleased;
import org.relieftrace.relief.fund.FundEvents.FundsCommitted;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 救灾资金 — one allocation of relief money to a county (stream {@code fund:<uuid>}), apportioned to townships and
 * committed case by case. It is never over-committed: a township commits at most its share, the townships share at
 * most the allocation. Commands on one fund are serialized by the event store, so concurrent approvals cannot
 * overspend it together. An apportionment is raised by one user and counts only once another approves it
 * (maker–checker); while pending it is reserved, so pending and approved shares together never exceed the allocation.
 */
@AggregateRoot
public class Fund {

    private static final String USER = "userId";
    private static final String NAME = "username";

    @AggregateIdentifier
    private String stream;
    private UUID fundId;
    private String countyCode;
    private ReliefCategory category;
    private UUID disasterId;
    private long allocated;
    private long apportioned;
    private final Map<UUID, FundApportionmentRaised> pending = new HashMap<>();
    private final Map<String, Long> shares = new HashMap<>();
    private final Map<String, Long> committedByTownship = new HashMap<>();
    private final Map<UUID, FundsCommitted> commitments = new HashMap<>();

    protected Fund() {
        // for Axon
    }

    /** The stream of the fund with this id. */
    public static String streamOf(UUID fundId) {
        return "fund:" + fundId;
    }

    /** The county the fund was allocated to. */
    public String countyCode() {
        return countyCode;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(AllocateFund command) {
        CreatedOnce.require(stream, "fund-already-allocated", "Fund " + command.fundId()
                    + " is already allocated", command.fundId());
        apply(new FundAllocated(command.fundId(), command.countyCode(), command.sourceLevel(),
                command.documentNumber(), command.title(), command.disasterId(), command.category(),
                command.amountFen(), command.allocatedOn()));
        return command.fundId();
    }

    @CommandHandler
    public UUID handle(ApportionFund command, @MetaDataValue(USER) String user) {
        FundApportionmentRaised earlier = pending.get(command.apportionmentId());
        if (earlier != null) {
            return earlier.apportionmentId(); // the same apportionment, retried
        }
        if (!DivisionCode.contains(countyCode, command.townshipCode())) {
            throw new DomainRuleViolation("township-outside-county", "Township " + command.townshipCode()
                    + " is not in county " + countyCode, command.townshipCode(), countyCode);
        }
        long unapportioned = allocated - apportioned - pendingFen();
        if (command.amountFen() > unapportioned) {
            throw new DomainRuleViolation("fund-over-apportioned", "Fund " + fundId + " has " + unapportioned
                    + " fen left to apportion, not " + command.amountFen(), fundId, unapportioned,
                    command.amountFen());
        }
        apply(new FundApportionmentRaised(fundId, command.apportionmentId(), command.townshipCode(),
                command.amountFen(), user));
        return command.apportionmentId();
    }

    /**
     * 资金分配复核 — a user other than the one who raised it approves a pending apportionment (the township's share
     * grows by it) or rejects it (its amount is free again).
     */
    @CommandHandler
    public long handle(DecideApportionment command, @MetaDataValue(USER) String user,
                       @MetaDataValue(NAME) String name) {
        FundApportionmentRaised raised = pending.get(command.apportionmentId());
        if (raised == null) {
            throw new NotFound("pending apportionment", command.apportionmentId());
        }
        SeparationOfDuties.require(user, name, "apportionment " + command.apportionmentId() + " of fund " + fundId,
                command.approve() ? "approve" : "reject", raised.raisedBy());
        if (command.approve()) {
            apply(new FundApportioned(fundId, raised.townshipCode(), raised.amountFen(), raised.apportionmentId()));
        } else {
            apply(new FundApportionmentRejected(fundId, raised.apportionmentId(), raised.townshipCode(),
                    raised.amountFen(), user));
        }
        return shares.getOrDefault(raised.townshipCode(), 0L);
    }

    /** Whether {@code user} may approve or reject an apportionment {@code raisedBy} raised: the same rule. */
    public static boolean mayDecide(String user, String raisedBy) {
        return SeparationOfDuties.separated(user, raisedBy);
    }

    private long pendingFen() {
        return pending.values().stream().mapToLong(FundApportionmentRaised::amountFen).sum();
    }

    @CommandHandler
    public long handle(CommitFunds command) {
        FundsCommitted earlier = commitments.get(command.caseId());
        if (earlier != null && earlier.amountFen() == command.amountFen()) {
            return earlier.amountFen(); // the same approval, retried
        }
        if (earlier != null) {
            throw new DomainRuleViolation("case-already-committed", "Case " + command.caseId()
                    + " already has " + earlier.amountFen() + " fen committed from fund " + fundId,
                    command.caseId(), earlier.amountFen(), fundId);
        }
        if (command.category() != category || disasterId != null && !disasterId.equals(command.disasterId())) {
            throw new DomainRuleViolation("fund-not-for-case", "Fund " + fundId + " pays " + category
                    + (disasterId != null ? " for disaster " + disasterId : "") + ", not this case", fundId,
                    category);
        }
        long left = shares.getOrDefault(command.townshipCode(), 0L)
                - committedByTownship.getOrDefault(command.townshipCode(), 0L);
        if (command.amountFen() > left) {
            throw new DomainRuleViolation("fund-exhausted", "Fund " + fundId + " has " + left + " fen left for"
                    + " township " + command.townshipCode() + ", not " + command.amountFen(), fundId, left,
                    command.townshipCode(), command.amountFen());
        }
        apply(new FundsCommitted(fundId, command.caseId(), command.townshipCode(), command.amountFen()));
        return command.amountFen();
    }

    @CommandHandler
    public void handle(ReleaseFunds command) {
        FundsCommitted commitment = commitments.get(command.caseId());
        if (commitment != null) {
            apply(new FundCommitmentReleased(fundId, command.caseId(), commitment.townshipCode(),
                    commitment.amountFen()));
        }
    }

    @EventSourcingHandler
    void on(FundAllocated event) {
        stream = streamOf(event.fundId());
        fundId = event.fundId();
        countyCode = event.countyCode();
        category = event.category();
        disasterId = event.disasterId();
        allocated = event.amountFen();
    }

    @EventSourcingHandler
    void on(FundApportionmentRaised event) {
        pending.put(event.apportionmentId(), event);
    }

    @EventSourcingHandler
    void on(FundApportionmentRejected event) {
        pending.remove(event.apportionmentId());
    }

    @EventSourcingHandler
    void on(FundApportioned event) {
        if (event.apportionmentId() != null) {
            pending.remove(event.apportionmentId());
        }
        apportioned += event.amountFen();
        shares.merge(event.townshipCode(), event.amountFen(), Long::sum);
    }

    @EventSourcingHandler
    void on(FundsCommitted event) {
        commitments.put(event.caseId(), event);
        committedByTownship.merge(event.townshipCode(), event.amountFen(), Long::sum);
    }

    @EventSourcingHandler
    void on(FundCommitmentReleased event) {
        commitments.remove(event.caseId());
        committedByTownship.merge(event.townshipCode(), -event.amountFen(), Long::sum);
    }
}
