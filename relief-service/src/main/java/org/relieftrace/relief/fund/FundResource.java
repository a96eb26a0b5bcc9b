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
import org.relieftrace.relief.fund.FundRequests.ApportionRequest;
import org.relieftrace.relief.fund.FundRequests.FundRequest;
import org.relieftrace.relief.fund.FundViews.ApportionedAnswer;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @ActsIn(division = "countyCode")
    @Operation(operationId = "allocateFund", summary = "Record an allocation to the county (资金下达)",
            description = "A fund of one category (and disaster, if named) for the county, by a document.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the fund's ledger",
            content = @Content(schema = @Schema(implementation = FundAllocatedAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "county outside the caller's division")
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
    @Operation(operationId = "apportionFund", summary = "Apportion part of a fund to a township (资金分配)",
            description = "The townships' shares never exceed the allocation; a fund is apportioned as soon as it is"
                    + " allocated.")
    @APIResponse(responseCode = "201", description = "apportioned",
            content = @Content(schema = @Schema(implementation = ApportionedAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "fund outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown fund")
    @APIResponse(responseCode = "409", description = "more than is left to apportion")
    public Response apportion(@PathParam("fundId") UUID fundId, @NotNull @Valid ApportionRequest request) {
        access.requireActingIn(funds.countyOf(fundId).orElseThrow(() -> new NotFound("fund", fundId)));
        long share = commands.send(new ApportionFund(fundId, request.townshipCode(), request.amountFen()),
                request.reason());
        return Created.at("/api/relief/funds/" + fundId + "/ledger",
                new ApportionedAnswer(fundId, request.townshipCode(), share));
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
    @APIResponse(responseCode = "403", description = "fund outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown fund")
    public LedgerView ledger(@PathParam("fundId") UUID fundId,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LedgerView ledger = funds.ledger(fundId, page, size).orElseThrow(() -> new NotFound("fund", fundId));
        access.requireReading(ledger.fund().countyCode());
        return ledger;
    }
}
