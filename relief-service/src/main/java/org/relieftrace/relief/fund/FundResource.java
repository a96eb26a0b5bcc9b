package org.relieftrace.relief.fund;

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
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.fund.FundCommands.AllocateFund;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundCommands.DecideApportionment;
import org.relieftrace.relief.fund.FundRequests.ApportionRequest;
import org.relieftrace.relief.fund.FundRequests.ApportionmentDecision;
import org.relieftrace.relief.fund.FundRequests.FundRequest;
import org.relieftrace.relief.fund.FundViews.ApportionedAnswer;
import org.relieftrace.relief.fund.FundViews.Apportionment;
import org.relieftrace.relief.fund.FundViews.ApportionmentRaisedAnswer;
import org.relieftrace.relief.fund.FundViews.FundAllocatedAnswer;
import org.relieftrace.relief.fund.FundViews.FundView;
import org.relieftrace.relief.fund.FundViews.LedgerView;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;

/** 救灾资金 — allocations to the county, their apportionment to townships, and their ledgers. */
@Path("/api/relief/funds")
@Tag(name = "Funds", description = "救灾资金 — relief funds, apportionment and ledger")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FundResource {

    @Inject
    Commands commands;

    @Inject
    FundQueries funds;

    @Inject
    RegistryFactsQueries registry;

    @Inject
    DivisionAccess access;

    @Inject
    BeijingTime time;

    @Inject
    FundActions actions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @ActsIn(division = "countyCode")
    @Operation(operationId = "allocateFund", summary = "Record an allocation to the county (资金下达)",
            description = "A fund of one category (and disaster, if named) for the county, by a document.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the fund's ledger",
            content = @Content(schema = @Schema(implementation = FundAllocatedAnswer.class)))
    public Response allocate(@NotNull @Valid FundRequest request) {
        if (request.disasterId() != null && registry.disaster(request.disasterId()).isEmpty()) {
            throw new InvalidInput("disasterId", "unknown disaster " + request.disasterId());
        }
        UUID fundId = commands.newId("fund");
        commands.send(new AllocateFund(fundId, request.countyCode(), request.sourceLevel(),
                request.documentNumber().strip(), request.title(), request.disasterId(), request.category(),
                request.amountFen(), request.allocatedOn() != null ? request.allocatedOn() : time.today()),
                request.reason());
        return Created.at("/api/relief/funds/" + fundId + "/ledger", new FundAllocatedAnswer(fundId));
    }

    @POST
    @Path("/{fundId}/apportion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "apportionFund", summary = "Raise an apportionment of a fund to a township (资金分配)",
            description = "Pending until another finance user approves it (maker–checker): only then is it in the"
                    + " township's share. Pending and approved shares together never exceed the allocation.")
    @APIResponse(responseCode = "201", description = "raised, pending approval; Location names the fund's ledger",
            content = @Content(schema = @Schema(implementation = ApportionmentRaisedAnswer.class)))
    @APIResponse(responseCode = "404", description = "unknown fund")
    @APIResponse(responseCode = "409", description = "more than is left to apportion, or a township outside the"
            + " county")
    public Response apportion(@PathParam("fundId") UUID fundId, @NotNull @Valid ApportionRequest request) {
        access.requireActingIn(funds.countyOf(fundId).orElseThrow(() -> new NotFound("fund", fundId)));
        UUID id = commands.send(new ApportionFund(fundId, commands.newId("apportionment"), request.townshipCode(),
                request.amountFen()), request.reason());
        return Created.at("/api/relief/funds/" + fundId + "/ledger",
                new ApportionmentRaisedAnswer(fundId, id, request.townshipCode(), request.amountFen(), "PENDING"));
    }

    @POST
    @Path("/{fundId}/apportionments/{apportionmentId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "decideApportionment", summary = "Approve or reject a pending apportionment (资金分配复核)",
            description = "By a user other than the one who raised it (separation of duties). Approved, it enters"
                    + " the township's share; rejected (with a reason), its amount is free to apportion again.")
    @APIResponse(responseCode = "200", description = "decided; the township's share now",
            content = @Content(schema = @Schema(implementation = ApportionedAnswer.class)))
    @APIResponse(responseCode = "404", description = "unknown fund or no such pending apportionment")
    @APIResponse(responseCode = "409", description = "the caller raised it (separation-of-duties)")
    public ApportionedAnswer decide(@PathParam("fundId") UUID fundId,
                                    @PathParam("apportionmentId") UUID apportionmentId,
                                    @NotNull @Valid ApportionmentDecision request) {
        access.requireActingIn(funds.countyOf(fundId).orElseThrow(() -> new NotFound("fund", fundId)));
        if (!request.approve() && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidInput("reason", "a rejection needs a reason");
        }
        Apportionment pending = funds.pending(fundId).stream()
                .filter(a -> a.apportionmentId().equals(apportionmentId)).findFirst().orElse(null);
        long share = commands.send(new DecideApportionment(fundId, apportionmentId, request.approve()),
                request.reason());
        return new ApportionedAnswer(fundId, apportionmentId, pending == null ? null : pending.townshipCode(),
                request.approve() ? "APPROVED" : "REJECTED", share);
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listFunds", summary = "The funds of a county",
            description = "The county of the division named, else of the caller's division.")
    @APIResponse(responseCode = "200", description = "a page of funds")
    @APIResponse(responseCode = "400", description = "no county named, or paging out of bounds")
    public ListPage<FundView> list(@QueryParam("division") String division,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        if (scope == null) {
            throw new InvalidInput("division", "name a county");
        }
        return funds.funds(DivisionCode.of(scope).county().value(), page, size);
    }

    @GET
    @Path("/{fundId}/ledger")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getFundLedger", summary = "A fund's ledger (资金台账)", description = "Allocated,"
            + " apportioned, committed by approvals, paid and returned, with a page of its entries.")
    @APIResponse(responseCode = "200", description = "the ledger")
    @APIResponse(responseCode = "404", description = "unknown fund")
    public LedgerView ledger(@PathParam("fundId") UUID fundId,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LedgerView ledger = funds.ledger(fundId, page, size).orElseThrow(() -> new NotFound("fund", fundId));
        access.requireReading(ledger.fund().countyCode());
        return ledger.withPending(ledger.pendingApportionments().stream()
                .map(a -> a.withActions(actions.of(ledger.fund().countyCode(), a))).toList());
    }
}
