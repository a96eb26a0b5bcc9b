package org.relieftrace.relief.reliefcase;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.BatchIssuing;
import org.relieftrace.relief.payment.PayoutHolds;
import org.relieftrace.relief.payment.PaymentViews.BatchMade;
import org.relieftrace.relief.reliefcase.CaseCommands.ApproveInCounty;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmInCounty;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.RaiseObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ResolveObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseRequests.AppraisalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ApprovalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.CaseRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.Decision;
import org.relieftrace.relief.reliefcase.CaseRequests.ObjectionRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ReasonRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ResolutionRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ReviewRequest;
import org.relieftrace.relief.reliefcase.CaseViews.CaseOpenedAnswer;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.reliefcase.CaseViews.ObjectionAnswer;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 救助案件 — "户报、村评、乡审、县定": application or nomination, the village's appraisal, objections to the posted
 * list, the township's review and the county's approval, which fixes the amount from the standard in force and
 * commits it from a fund ({@link CaseApproval}). The township reviews with township (or county) staff, the county
 * approves with county staff; whoever proposed or appraised a case does neither ({@code 409 separation-of-duties}).
 * Every case answered lists the steps the caller may take on it now ({@code actions}).
 */
@Path("/api/relief/cases")
@Tag(name = "Relief cases", description = "救助案件 — cases, appraisal, objections, review and approval")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class CaseResource {

    @Inject
    Commands commands;

    @Inject
    CaseQueries cases;

    @Inject
    CaseSteps steps;

    @Inject
    CaseActions actions;

    @Inject
    BatchIssuing issuing;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    PayoutHolds holds;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "openCase", summary = "Open a case (申请 / 提名)", description = "One case per"
            + " household, category, disaster and period (HOUSING: per household and disaster; CONDOLENCE: per"
            + " deceased person, whose recorded death the case names): a second is 409. The payee must be living.")
    @APIResponse(responseCode = "201", description = "opened; Location names the case",
            content = @Content(schema = @Schema(implementation = CaseOpenedAnswer.class)))
    @APIResponse(responseCode = "409", description = "the household already has this case, the disaster does"
            + " not affect it, no death recorded, or the payee is deceased")
    public Response open(@NotNull @Valid CaseRequest request) {
        OpenCase open = steps.open(request);
        commands.send(open, request.reason());
        return Created.at("/api/relief/cases/" + open.caseId(), new CaseOpenedAnswer(open.caseId()));
    }

    @POST
    @Path("/{caseId}/village-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "appraiseCase", summary = "Record the village's democratic appraisal (民主评议)",
            description = "Members covered, months, deceased persons or damage grade as the category needs; the"
                    + " amount follows from the standard in force on the day of the meeting.")
    @APIResponse(responseCode = "204", description = "recorded")
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "wrong state, or no standard in force")
    public void appraise(@PathParam("caseId") UUID caseId, @NotNull @Valid AppraisalRequest request) {
        commands.send(steps.appraisal(acting(caseId), request), request.reason());
    }

    @POST
    @Path("/{caseId}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "raiseObjection", summary = "Record an objection to a posted case (异议)",
            description = "Only while the case is on public notice.")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = ObjectionAnswer.class)))
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "the case is not on notice")
    public Response object(@PathParam("caseId") UUID caseId, @NotNull @Valid ObjectionRequest request) {
        acting(caseId);
        UUID objectionId = commands.newId("objection");
        commands.send(new RaiseObjection(caseId, objectionId, request.objector().strip(), request.content()),
                request.reason());
        return Created.at("/api/relief/cases/" + caseId, new ObjectionAnswer(caseId, objectionId));
    }

    @POST
    @Path("/{caseId}/objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "resolveObjection", summary = "Resolve an objection (异议处理)", description = "Upheld"
            + " sends the case back to the village for a new appraisal and notice.")
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
    @Operation(operationId = "reviewCase", summary = "Township review (乡镇审核)", description = "After the notice"
            + " ran its full period with no open objection; by township or county staff who neither proposed nor"
            + " appraised the case. A rejection needs its reason (opinion).")
    @APIResponse(responseCode = "204", description = "reviewed")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named (a rejection without an"
            + " opinion)")
    @APIResponse(responseCode = "403", description = "not township or county staff of the case")
    @APIResponse(responseCode = "409", description = "notice not complete, objection open, wrong state, or"
            + " separation of duties")
    public void review(@PathParam("caseId") UUID caseId, @NotNull @Valid ReviewRequest request) {
        ReviewCase review = steps.review(caseId, request);
        acting(caseId);
        requireLevel(CaseRules::reviewsAt, "TOWNSHIP or COUNTY");
        commands.send(review, request.reason());
    }

    @POST
    @Path("/{caseId}/county-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "approveCase", summary = "County approval (县级审批)", description = "Fixes the amount"
            + " from the standard in force and commits it from the fund in the same step; an overridden amount"
            + " needs a reason and waits for a second approver; a rejection needs its reason (opinion).")
    @APIResponse(responseCode = "204", description = "decided")
    @APIResponse(responseCode = "403", description = "not county staff")
    @APIResponse(responseCode = "409", description = "wrong state, separation of duties, or the fund is exhausted")
    public void approve(@PathParam("caseId") UUID caseId, @NotNull @Valid ApprovalRequest request) {
        if (request.decision() == Decision.PASS) {
            throw new InvalidInput("decision", "must be APPROVE or REJECT");
        }
        CaseSubject subject = acting(caseId);
        requireLevel(CaseRules::approvesAt, "COUNTY");
        CaseView appraised = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        commands.send(new ApproveInCounty(steps.decision(subject, appraised, request)), request.reason());
    }

    @POST
    @Path("/{caseId}/county-approval/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "finance", "admin"})
    @Operation(operationId = "confirmCaseApproval", summary = "Confirm an overridden amount as the second approver"
            + " (复核)", description = "Commits the overridden amount from the fund in the same step.")
    @APIResponse(responseCode = "204", description = "approved")
    @APIResponse(responseCode = "403", description = "not county staff")
    @APIResponse(responseCode = "409", description = "nothing to confirm, the same approver, or the fund is"
            + " exhausted")
    public void confirm(@PathParam("caseId") UUID caseId, @Valid ReasonRequest request) {
        acting(caseId);
        requireLevel(CaseRules::approvesAt, "COUNTY");
        commands.send(new ConfirmInCounty(steps.confirmation(caseId)), request == null ? null : request.reason());
    }

    @POST
    @Path("/{caseId}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @Operation(operationId = "reissuePayment", summary = "Reissue a failed payment (补发)", description = "After the"
            + " account was corrected: a new payment attempt, linked to the failed one, on a reissue batch of its"
            + " own.")
    @APIResponse(responseCode = "201", description = "on a reissue batch; Location names it",
            content = @Content(schema = @Schema(implementation = BatchMade.class)))
    @APIResponse(responseCode = "404", description = "unknown case")
    @APIResponse(responseCode = "409", description = "no failed payment, the account is unchanged, or already"
            + " reissued")
    public Response reissue(@PathParam("caseId") UUID caseId, @Valid ReasonRequest request) {
        acting(caseId);
        BatchMade made = issuing.reissue(caseId, request == null ? null : request.reason());
        return Created.at("/api/relief/payment-batches/" + made.batchId(), made);
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listCases", summary = "Cases in a division and below", description = "Filter by"
            + " status, disaster and category; each case with the steps the caller may take on it now.")
    @APIResponse(responseCode = "200", description = "a page of cases")
    @APIResponse(responseCode = "400", description = "invalid filter or paging")
    public ListPage<CaseView> list(@QueryParam("division") String division, @QueryParam("status") CaseStatus status,
                                   @QueryParam("disasterId") UUID disasterId,
                                   @QueryParam("category") ReliefCategory category,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return actions.of(cases.list(access.readingScope(division), status, disasterId, category, page, size))
                .map(c -> held(c, holds.localeOf(headers)));
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getCase", summary = "One case as it stands", description = "With its deadlines, its"
            + " payment, the steps the caller may take on it now and, when it is held back from payment, why.")
    @APIResponse(responseCode = "200", description = "the case")
    @APIResponse(responseCode = "404", description = "unknown case")
    public CaseView get(@PathParam("caseId") UUID caseId) {
        CaseView view = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        access.requireReading(view.divisionCode());
        return held(actions.of(view), holds.localeOf(headers));
    }

    private CaseView held(CaseView c, Locale locale) { // why an approved case is held back from payment, if it is
        return c.status() != CaseStatus.APPROVED ? c : c.withHeld(holds.whyHeld(c.caseId(), c.paymentStatus(),
                c.paymentId(), locale));
    }

    private void requireLevel(Predicate<DivisionCode.Level> rule, String levels) {
        Caller who = caller.get();
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return;
        }
        DivisionCode.Level level = CaseActions.levelOf(who);
        if (level == null || !rule.test(level)) {
            throw new AccessDenied(who.username() + " works at " + level + " level, this step needs " + levels);
        }
    }

    private CaseSubject acting(UUID caseId) {
        CaseSubject subject = steps.subject(caseId);
        access.requireActingIn(subject.divisionCode());
        return subject;
    }
}
