package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.relief.reliefcase.CaseCommands.AppraiseCase;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseCommands.RaiseObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ResolveObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseAppraised;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApproved;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CaseEvents.CasePostedOnNotice;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseRejected;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseReviewed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseSentBack;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionRaised;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionResolved;
import org.relieftrace.relief.reliefcase.NoticeEvents.CaseNoticeConfirmed;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmCaseNotice;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 救助案件 — one household's relief in one category, for one disaster and period: "户报、村评、乡审、县定". Its id
 * derives from those four ({@link CaseCommands#caseIdOf}; per deceased person for CONDOLENCE and per disaster for
 * HOUSING, {@link CategoryRules#caseIdOf}), so the event store itself refuses a second case for them. Whoever proposed or appraised a case neither reviews nor approves it; an upheld objection sends it back to
 * the village.
 */
@AggregateRoot
public class ReliefCase {

    private static final String USER = "userId";
    private static final String NAME = "username";

    @AggregateIdentifier
    private String stream;
    private UUID caseId;
    private UUID householdId;
    private String divisionCode;
    private ReliefCategory category;
    private UUID disasterId;
    private CaseStatus status;
    private String proposer;
    private String appraiser;
    private String reviewer;
    private String firstApprover;
    private UUID noticeId;
    private LocalDate noticePostedOn;
    private LocalDate noticeEndsOn;
    private LocalDate noticeRecordedOn;
    private boolean noticeConfirmed;
    private CaseApprovalProposed pending;
    private CaseApproved approval;
    private final Set<UUID> openObjections = new HashSet<>();
    private final Set<UUID> objections = new HashSet<>();

    protected ReliefCase() {
        // for Axon
    }

    /** The money an approved case takes from its fund, out of its township's share. */
    public record Commitment(UUID fundId, UUID caseId, String townshipCode, ReliefCategory category, UUID disasterId,
                             long amountFen) {
    }

    /** The stream of the case with this id. */
    public static String streamOf(UUID caseId) {
        return "case:" + caseId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(OpenCase c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        if (stream != null) {
            throw CategoryRules.alreadyOpened(c.category(), caseId, c.householdId(),
                    c.parties().deceasedPersonId(), c.period());
        }
        CategoryRules.requireOpenable(c.category(), c.parties());
        apply(new CaseOpened(c.caseId(), c.householdId(), c.divisionCode(), c.category(), c.disasterId(),
                c.period(), c.beneficiaryPersonId(), c.origin(), c.statement(), user, name,
                c.parties().deceasedPersonId()));
        return c.caseId();
    }

    @CommandHandler
    public void handle(AppraiseCase c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        require(CaseRules.appraisable(status), "appraise");
        apply(new CaseAppraised(caseId, c.membersCovered(), c.months(), c.deceasedPersons(), c.damageGrade(),
                c.minutesReference(), c.appraisedOn(), c.proposedAmountFen(), user, name));
    }

    @CommandHandler
    public void handle(PutOnNotice c) {
        if (status == CaseStatus.ON_NOTICE && c.noticeId().equals(noticeId)) {
            return; // the same notice, retried
        }
        require(status == CaseStatus.APPRAISED, "post on notice");
        apply(new CasePostedOnNotice(caseId, c.noticeId(), c.postedOn(), c.endsOn(), c.recordedOn()));
    }

    @CommandHandler
    public void handle(ConfirmCaseNotice c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        if (status == CaseStatus.ON_NOTICE && c.noticeId().equals(noticeId) && !noticeConfirmed) {
            apply(new CaseNoticeConfirmed(caseId, c.noticeId(), c.endsOn(), user, name));
        } // else: confirmed already, or the case left that list (sent back): nothing to count
    }

    @CommandHandler
    public void handle(RaiseObjection c) {
        require(CaseRules.objectable(status), "object to");
        if (!objections.contains(c.objectionId())) {
            apply(new ObjectionRaised(caseId, c.objectionId(), c.objector(), c.content()));
        }
    }

    @CommandHandler
    public void handle(ResolveObjection c, @MetaDataValue(USER) String user) {
        if (!objections.contains(c.objectionId())) {
            throw new NotFound("objection", c.objectionId());
        }
        if (!openObjections.contains(c.objectionId())) {
            throw new DomainRuleViolation("objection-already-resolved", "Objection " + c.objectionId()
                    + " is already resolved", c.objectionId());
        }
        apply(new ObjectionResolved(caseId, c.objectionId(), c.upheld(), c.finding(), user));
        if (c.upheld()) {
            apply(new CaseSentBack(caseId, c.objectionId(), c.finding()));
        }
    }

    @CommandHandler
    public void handle(ReviewCase c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        require(status == CaseStatus.ON_NOTICE, "review");
        LocalDate runsUntil = CaseRules.noticeRunsUntil(noticePostedOn, noticeEndsOn, noticeRecordedOn,
                noticeConfirmed);
        if (!CaseRules.noticeComplete(runsUntil, c.reviewedOn())) {
            throw new DomainRuleViolation("notice-not-complete", "Case " + caseId + " is on public notice until "
                    + runsUntil, caseId, runsUntil);
        }
        if (!openObjections.isEmpty()) {
            throw new DomainRuleViolation("objection-open", "Case " + caseId + " has an objection not yet resolved",
                    caseId);
        }
        SeparationOfDuties.require(user, name, "case " + caseId, "review", proposer, appraiser);
        apply(c.passed() ? new CaseReviewed(caseId, c.reviewedOn(), c.opinion(), user, name)
                : new CaseRejected(caseId, "TOWNSHIP", c.opinion(), user, name));
    }

    @CommandHandler
    public void handle(DecideCase c, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        require(CaseRules.approvable(status), "approve");
        SeparationOfDuties.require(user, name, "case " + caseId, "approve", proposer, appraiser, reviewer);
        if (!c.approve()) {
            apply(new CaseRejected(caseId, "COUNTY", c.opinion(), user, name));
        } else if (c.amountFen() == c.standardAmountFen()) {
            apply(new CaseApproved(caseId, c.fundId(), c.standardAmountFen(), c.amountFen(), c.instalments(), null,
                    c.decidedOn(), c.payoutDue(), user, name, null, null));
        } else {
            if (c.overrideReason() == null || c.overrideReason().isBlank()) {
                throw new DomainRuleViolation("override-without-reason", "An amount other than the standard's "
                        + c.standardAmountFen() + " fen needs a reason", c.standardAmountFen());
            }
            apply(new CaseApprovalProposed(caseId, c.fundId(), c.standardAmountFen(), c.amountFen(),
                    c.instalments(), c.overrideReason(), c.decidedOn(), user, name));
        }
    }

    @CommandHandler
    public CaseApprovalProposed handle(ConfirmOverride c, @MetaDataValue(USER) String user,
                                       @MetaDataValue(NAME) String name) {
        require(CaseRules.confirmable(status), "confirm the approval of");
        SeparationOfDuties.require(user, name, "case " + caseId, "confirm", proposer, appraiser, reviewer,
                firstApprover);
        apply(new CaseApproved(caseId, pending.fundId(), pending.standardAmountFen(), pending.amountFen(),
                pending.instalments(), pending.overrideReason(), c.confirmedOn(), c.payoutDue(), firstApprover,
                pending.byName(), user, name));
        return pending;
    }

    /** Whose case it is. */
    public CaseSubject subject() {
        return new CaseSubject(caseId, householdId, divisionCode, category);
    }

    /** What the approved case commits from its fund; empty until the county approved it. */
    public Optional<Commitment> commitment() {
        if (approval == null) {
            return Optional.empty();
        }
        DivisionCode division = DivisionCode.of(divisionCode);
        DivisionCode township = division.level() == DivisionCode.Level.VILLAGE ? division.parent().orElseThrow()
                : division;
        return Optional.of(new Commitment(approval.fundId(), caseId, township.value(), category, disasterId,
                approval.amountFen()));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new DomainRuleViolation("case-wrong-state", "Case " + caseId + " is " + status + ": cannot "
                    + action + " it now", caseId, status, action);
        }
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        stream = streamOf(e.caseId());
        caseId = e.caseId();
        householdId = e.householdId();
        divisionCode = e.divisionCode();
        category = e.category();
        disasterId = e.disasterId();
        status = CaseStatus.OPEN;
        proposer = e.by();
    }

    @EventSourcingHandler
    void on(CaseAppraised e) {
        status = CaseStatus.APPRAISED;
        appraiser = e.by();
    }

    @EventSourcingHandler
    void on(CasePostedOnNotice e) {
        status = CaseStatus.ON_NOTICE;
        noticeId = e.noticeId();
        noticePostedOn = e.postedOn();
        noticeEndsOn = e.endsOn();
        noticeRecordedOn = e.recordedOn();
        noticeConfirmed = false;
    }

    @EventSourcingHandler
    void on(CaseNoticeConfirmed e) {
        noticeConfirmed = true;
        noticeEndsOn = e.endsOn();
    }

    @EventSourcingHandler
    void on(ObjectionRaised e) {
        objections.add(e.objectionId());
        openObjections.add(e.objectionId());
    }

    @EventSourcingHandler
    void on(ObjectionResolved e) {
        openObjections.remove(e.objectionId());
    }

    @EventSourcingHandler
    void on(CaseSentBack e) {
        status = CaseStatus.RETURNED;
        openObjections.clear();
    }

    @EventSourcingHandler
    void on(CaseReviewed e) {
        status = CaseStatus.REVIEWED;
        reviewer = e.by();
    }

    @EventSourcingHandler
    void on(CaseRejected e) {
        status = CaseStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(CaseApprovalProposed e) {
        status = CaseStatus.AWAITING_SECOND_APPROVAL;
        firstApprover = e.by();
        pending = e;
    }

    @EventSourcingHandler
    void on(CaseApproved e) {
        status = CaseStatus.APPROVED;
        approval = e;
    }
}
