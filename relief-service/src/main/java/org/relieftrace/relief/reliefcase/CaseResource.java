package org.relieftrace.relief.reliefcase;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.fund.FundCommands.ReleaseFunds;
import org.relieftrace.relief.fund.FundLedger;
import org.relieftrace.relief.payment.PaymentBatches;
import org.relieftrace.relief.registryfacts.RegistryFacts;
import org.relieftrace.relief.reliefcase.CaseCommands.AppraiseCase;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.RaiseObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ResolveObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseRequests.AppraisalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ApprovalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.CaseRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.Decision;
import org.relieftrace.relief.reliefcase.CaseRequests.ObjectionRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ReasonRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ResolutionRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ReviewRequest;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.standard.StandardAmounts;
import org.relieftrace.relief.standard.Standards;

/**
 * 救助案件 — "户报、村评、乡审、县定": application or nomination, the village's appraisal, objections to the posted
 * list, the township's review and the county's approval, which fixes the amount from the standard in force and
 * commits it from a fund. The township reviews with township (or county) staff, the county approves with county
 * staff; whoever proposed or appraised a case does neither ({@code 409 separation-of-duties}).
 */
@Path("/api/relief/cases")
@Tag(name = "Relief cases", description = "救助案件 — cases, appraisal, objections, review and approval")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class CaseResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Working days after the approval within which the money must be paid out. */
    static final int PAYOUT_WORKING_DAYS = 8;

    /** What an opened case answers. */
    public record CaseOpenedAnswer(UUID caseId) {
    }

    /** What a raised objection answers. */
    public record ObjectionAnswer(UUID caseId, UUID objectionId) {
    }

    @Inject
    Commands commands;

    @Inject
    CaseBook cases;

    @Inject
    RegistryFacts registry;

    @Inject
    Standards standards;

    @Inject
    FundLedger funds;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    PaymentBatches payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Open a case (申请 / 提名)", description = "One case per household, category, disaster and"
            + " period: a second is 409.")
    @APIResponse(responseCode = "201", description = "opened; Location names the case")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "household outside the caller's division")
    @APIResponse(responseCode = "409", description = "the household already has this case, or the disaster does"
            + " not affect it")
    public Response open(@NotNull @Valid CaseRequest request) {
        RegistryFacts.Household household = registry.household(request.householdId())
                .orElseThrow(() -> new InvalidInput("householdId", "unknown household " + request.householdId()));
        RegistryFacts.Disaster disaster = registry.disaster(request.disasterId())
                .orElseThrow(() -> new InvalidInput("disasterId", "unknown disaster " + request.disasterId()));
        if (request.beneficiaryPersonId() != null && registry.members(household.householdId()).stream()
                .noneMatch(p -> p.personId().equals(request.beneficiaryPersonId()))) {
            throw new InvalidInput("beneficiaryPersonId", "not a person of household " + household.householdId());
        }
        access.requireActingIn(household.divisionCode());
        if (disaster.affectedDivisionCodes().stream().noneMatch(d -> Divisions.contains(d,
                household.divisionCode()))) {
            throw new DomainRuleViolation("disaster-not-affecting", "Disaster " + disaster.name() + " does not"
                    + " affect division " + household.divisionCode(), disaster.name(), household.divisionCode());
        }
        UUID caseId = CaseCommands.caseIdOf(request.householdId(), request.category(), request.disasterId(),
                request.period());
        commands.send(new OpenCase(caseId, request.householdId(), household.divisionCode(), request.category(),
                request.disasterId(), request.period(), request.beneficiaryPersonId(), request.origin(),
                request.statement()), request.reason());
        return Response.created(URI.create("/api/relief/cases/" + caseId)).entity(new CaseOpenedAnswer(caseId))
                .build();
    }

    @POST
    @Path("/{caseId}/village-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Record the village's democratic appraisal (民主评议)", description = "Members covered,"
            + " months, deceased persons or damage grade as the category needs; the amount follows from the"
            + " standard in force on the day of the meeting.")
    @APIResponse(responseCode = "204", description = "recorded")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "wrong state, or no standard in force")
    public void appraise(@PathParam("caseId") UUID caseId, @NotNull @Valid AppraisalRequest request) {
        CaseView view = acting(caseId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        long alive = registry.members(view.householdId()).stream().filter(RegistryFacts.Person::alive).count();
        switch (view.category()) {
            case TRANSITIONAL -> {
                need(request.months() >= 1, "months", "must be at least 1 for TRANSITIONAL", errors);
                need(request.membersCovered() >= 1, "membersCovered", "must be at least 1", errors);
            }
            case EMERGENCY, WINTER_SPRING -> need(request.membersCovered() >= 1, "membersCovered",
                    "must be at least 1", errors);
            case CONDOLENCE -> need(request.deceasedPersons() >= 1, "deceasedPersons",
                    "must be at least 1 for CONDOLENCE", errors);
            case HOUSING -> need(request.damageGrade() != null, "damageGrade", "is needed for HOUSING", errors);
        }
        need(request.membersCovered() <= alive, "membersCovered", "the household has " + alive + " living persons",
                errors);
        need(!request.appraisedOn().isAfter(today()), "appraisedOn", "must not be in the future", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StandardAmounts.Need need = new StandardAmounts.Need(request.membersCovered(), request.months(),
                request.deceasedPersons(), request.damageGrade());
        long amount = standardAmount(view, need, request.appraisedOn());
        commands.send(new AppraiseCase(caseId, request.membersCovered(), request.months(), request.deceasedPersons(),
                request.damageGrade(), request.minutesReference().strip(), request.appraisedOn(), amount),
                request.reason());
    }

    @POST
    @Path("/{caseId}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Record an objection to a posted case (异议)")
    @APIResponse(responseCode = "201", description = "recorded")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "the case is not on notice")
    public Response object(@PathParam("caseId") UUID caseId, @NotNull @Valid ObjectionRequest request) {
        acting(caseId);
        UUID objectionId = commands.newId("objection");
        commands.send(new RaiseObjection(caseId, objectionId, request.objector().strip(), request.content()),
                request.reason());
        return Response.created(URI.create("/api/relief/cases/" + caseId))
                .entity(new ObjectionAnswer(caseId, objectionId)).build();
    }

    @POST
    @Path("/{caseId}/objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Resolve an objection (异议处理)", description = "Upheld sends the case back to the village"
            + " for a new appraisal and notice.")
    @APIResponse(responseCode = "204", description = "resolved")
    @APIResponse(responseCode = "404", description = "unknown case or objection")
    @APIResponse(responseCode = "409", description = "already resolved")
    public void resolve(@PathParam("caseId") UUID caseId, @PathParam("objectionId") UUID objectionId,
                        @NotNull @Valid ResolutionRequest request) {
        acting(caseId);
        commands.send(new ResolveObjection(caseId, objectionId, request.upheld(), request.finding()),
                request.reason());
    }

    @POST
    @Path("/{caseId}/township-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Township review (乡镇审核)", description = "After the notice ran its full period with no"
            + " open objection; by township or county staff who neither proposed nor appraised the case.")
    @APIResponse(responseCode = "204", description = "reviewed")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "not township or county staff of the case")
    @APIResponse(responseCode = "409", description = "notice not complete, objection open, wrong state, or"
            + " separation of duties")
    public void review(@PathParam("caseId") UUID caseId, @NotNull @Valid ReviewRequest request) {
        if (request.decision() == Decision.APPROVE) {
            throw new InvalidInput("decision", "must be PASS or REJECT");
        }
        acting(caseId);
        requireLevel("TOWNSHIP", "COUNTY");
        commands.send(new ReviewCase(caseId, request.decision() == Decision.PASS, request.opinion(), today()),
                request.reason());
    }

    @POST
    @Path("/{caseId}/county-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "County approval (县级审批)", description = "Fixes the amount from the standard in force"
            + " and commits it from the fund; an overridden amount needs a reason and waits for a second approver.")
    @APIResponse(responseCode = "204", description = "decided")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "not county staff")
    @APIResponse(responseCode = "409", description = "wrong state, separation of duties, or the fund is exhausted")
    public void approve(@PathParam("caseId") UUID caseId, @NotNull @Valid ApprovalRequest request) {
        if (request.decision() == Decision.PASS) {
            throw new InvalidInput("decision", "must be APPROVE or REJECT");
        }
        CaseView view = acting(caseId);
        requireLevel("COUNTY");
        precheck(view, CaseStatus.REVIEWED, "approve", view.proposedBy(), view.appraisedBy(), view.reviewedBy());
        LocalDate today = today();
        if (request.decision() == Decision.REJECT) {
            commands.send(new DecideCase(caseId, false, null, 0, 0, null, request.opinion(), today, null),
                    request.reason());
            return;
        }
        if (request.fundId() == null) {
            throw new InvalidInput("fundId", "name the fund the money is committed from");
        }
        FundLedger.FundView fund = funds.fund(request.fundId())
                .orElseThrow(() -> new InvalidInput("fundId", "unknown fund " + request.fundId()));
        long standard = standardAmount(view, new StandardAmounts.Need(view.membersCovered(), view.months(),
                view.deceasedPersons(), grade(view)), today);
        long amount = request.amountFen() != null ? request.amountFen() : standard;
        if (amount != standard && (request.overrideReason() == null || request.overrideReason().isBlank())) {
            throw new InvalidInput("overrideReason", "an amount other than the standard's " + standard
                    + " fen needs a reason");
        }
        DecideCase decide = new DecideCase(caseId, true, fund.fundId(), standard, amount, request.overrideReason(),
                request.opinion(), today, WorkingDays.after(today, PAYOUT_WORKING_DAYS));
        if (amount != standard) {
            commands.send(decide, request.reason());
            return;
        }
        commitThen(view, fund.fundId(), amount, () -> commands.send(decide, request.reason()));
    }

    @POST
    @Path("/{caseId}/county-approval/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "finance", "admin"})
    @Operation(summary = "Confirm an overridden amount as the second approver (复核)")
    @APIResponse(responseCode = "204", description = "approved")
    @APIResponse(responseCode = "403", description = "not county staff")
    @APIResponse(responseCode = "409", description = "nothing to confirm, the same approver, or the fund is"
            + " exhausted")
    public void confirm(@PathParam("caseId") UUID caseId, @Valid ReasonRequest request) {
        CaseView view = acting(caseId);
        requireLevel("COUNTY");
        precheck(view, CaseStatus.AWAITING_SECOND_APPROVAL, "confirm", view.proposedBy(), view.appraisedBy(),
                view.reviewedBy(), view.approvedBy());
        LocalDate today = today();
        String reason = request == null ? null : request.reason();
        commitThen(view, view.fundId(), view.amountFen(), () -> {
            CaseApprovalProposed confirmed = commands.send(new ConfirmOverride(caseId, today,
                    WorkingDays.after(today, PAYOUT_WORKING_DAYS)), reason);
            return confirmed;
        });
    }

    /**
     * The aggregate decides; this only spares the fund a commitment that the case would refuse at once (its state,
     * or a user who took an earlier step).
     */
    private void precheck(CaseView view, CaseStatus expected, String action, String... earlierSteps) {
        if (view.status() != expected) {
            throw new DomainRuleViolation("case-wrong-state", "Case " + view.caseId() + " is " + view.status()
                    + ": cannot " + action + " it now", view.caseId(), view.status(), action);
        }
        String name = caller.get().username();
        if (List.of(earlierSteps).contains(name)) {
            throw new DomainRuleViolation("separation-of-duties", name + " proposed, appraised or already decided"
                    + " case " + view.caseId() + " and cannot " + action + " it", name, view.caseId(), action);
        }
    }

    /** Commits the money first (never over-committed), then records the approval; a refused approval gives it back. */
    private void commitThen(CaseView view, UUID fundId, long amount, java.util.function.Supplier<Object> approval) {
        commands.sendFollowUp(new CommitFunds(fundId, view.caseId(), view.townshipCode(), view.category(),
                view.disasterId(), amount), "县级审批 " + view.caseId());
        try {
            approval.get();
        } catch (RuntimeException refused) {
            commands.sendFollowUp(new ReleaseFunds(fundId, view.caseId()), "审批未通过, 退回占用");
            throw refused;
        }
    }

    @POST
    @Path("/{caseId}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @Operation(summary = "Reissue a failed payment (补发)", description = "After the account was corrected: a new"
            + " payment attempt, linked to the failed one, on a reissue batch of its own.")
    @APIResponse(responseCode = "201", description = "on a reissue batch; Location names it")
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "no failed payment, the account is unchanged, or already"
            + " reissued")
    public Response reissue(@PathParam("caseId") UUID caseId, @Valid ReasonRequest request) {
        CaseView view = acting(caseId);
        PaymentBatches.BatchMade made = payments.reissue(view, request == null ? null : request.reason());
        return Response.created(URI.create("/api/relief/payment-batches/" + made.batchId())).entity(made).build();
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "Cases in a division and below", description = "Filter by status, disaster and category.")
    @APIResponse(responseCode = "200", description = "a page of cases")
    public List<CaseView> list(@QueryParam("division") String division, @QueryParam("status") CaseStatus status,
                               @QueryParam("disasterId") UUID disasterId,
                               @QueryParam("category") ReliefCategory category,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        String scope = access.readingScope(division);
        return cases.list(scope == null ? "000000000000" : scope, status, disasterId, category, page, size);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "One case as it stands")
    @APIResponse(responseCode = "200", description = "the case")
    @APIResponse(responseCode = "403", description = "case outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown case")
    public CaseView get(@PathParam("caseId") UUID caseId) {
        CaseView view = find(caseId);
        access.requireReading(view.divisionCode());
        return view;
    }

    private long standardAmount(CaseView view, StandardAmounts.Need need, LocalDate day) {
        Standards.StandardView standard = standards.inForce(view.countyCode(), view.category(), day)
                .orElseThrow(() -> new DomainRuleViolation("no-standard-in-force", "No standard for "
                        + view.category() + " is in force on " + day, view.category(), day));
        return standard.amounts().amountFor(view.category(), need);
    }

    private static org.relieftrace.relief.standard.DamageGrade grade(CaseView view) {
        return view.damageGrade() == null ? null
                : org.relieftrace.relief.standard.DamageGrade.valueOf(view.damageGrade());
    }

    private void requireLevel(String... levels) {
        var who = caller.get();
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return;
        }
        String level = who.division() == null ? null : Divisions.levelOf(who.division());
        if (!List.of(levels).contains(level)) {
            throw new AccessDenied(who.username() + " works at " + level + " level, this step needs "
                    + String.join(" or ", levels));
        }
    }

    private CaseView find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
    }

    private CaseView acting(UUID caseId) {
        CaseView view = find(caseId);
        access.requireActingIn(view.divisionCode());
        return view;
    }

    private static void need(boolean ok, String field, String message, List<InvalidInput.FieldError> errors) {
        if (!ok) {
            errors.add(new InvalidInput.FieldError(field, message));
        }
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
