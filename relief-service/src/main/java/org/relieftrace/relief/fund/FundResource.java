package org.relieftrace.relief.fund;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.fund.FundCommands.AllocateFund;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundRequests.ApportionRequest;
import org.relieftrace.relief.fund.FundRequests.FundRequest;
import org.relieftrace.relief.registryfacts.RegistryFacts;

/** 救灾资金 — allocations to the county, their apportionment to townships, and their ledgers. */
@Path("/api/relief/funds")
@Tag(name = "Funds", description = "救灾资金 — relief funds, apportionment and ledger")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FundResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What an allocated fund answers. */
    public record FundAllocatedAnswer(UUID fundId) {
    }

    /** What an apportionment answers: the township's share now. */
    public record ApportionedAnswer(UUID fundId, String townshipCode, long shareFen) {
    }

    @Inject
    Commands commands;

    @Inject
    FundLedger ledger;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @ActsIn(division = "countyCode")
    @Operation(summary = "Record an allocation to the county (资金下达)")
    @APIResponse(responseCode = "201", description = "recorded; Location names the fund's ledger")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "county outside the caller's division")
    public Response allocate(@NotNull @Valid FundRequest request) {
        if (request.disasterId() != null && registry.disaster(request.disasterId()).isEmpty()) {
            throw new InvalidInput("disasterId", "unknown disaster " + request.disasterId());
        }
        UUID fundId = commands.newId("fund");
        LocalDate on = request.allocatedOn() != null ? request.allocatedOn() : LocalDate.now(CHINA);
        commands.send(new AllocateFund(fundId, request.countyCode(), request.sourceLevel(),
                request.documentNumber().strip(), request.title(), request.disasterId(), request.category(),
                request.amountFen(), on), request.reason());
        return Response.created(URI.create("/api/relief/funds/" + fundId + "/ledger"))
                .entity(new FundAllocatedAnswer(fundId)).build();
    }

    @POST
    @Path("/{fundId}/apportion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "admin"})
    @Operation(summary = "Apportion part of a fund to a township (资金分配)", description = "The townships' shares"
            + " never exceed the allocation.")
    @APIResponse(responseCode = "201", description = "apportioned")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "fund outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown fund")
    @APIResponse(responseCode = "409", description = "more than is left to apportion")
    public Response apportion(@PathParam("fundId") UUID fundId, @NotNull @Valid ApportionRequest request) {
        FundLedger.FundView fund = fund(fundId);
        access.requireActingIn(fund.countyCode());
        long share = commands.send(new ApportionFund(fundId, request.townshipCode(), request.amountFen()),
                request.reason());
        return Response.created(URI.create("/api/relief/funds/" + fundId + "/ledger"))
                .entity(new ApportionedAnswer(fundId, request.townshipCode(), share)).build();
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "The funds of a county")
    @APIResponse(responseCode = "200", description = "the funds")
    public List<FundLedger.FundView> list(@QueryParam("division") String division) {
        String scope = access.readingScope(division);
        if (scope == null) {
            throw new InvalidInput("division", "name a county");
        }
        return ledger.funds(scope.substring(0, 6) + "000000");
    }

    @GET
    @Path("/{fundId}/ledger")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "A fund's ledger (资金台账)", description = "Allocated, apportioned, committed by approvals,"
            + " paid and returned, with every entry.")
    @APIResponse(responseCode = "200", description = "the ledger")
    @APIResponse(responseCode = "403", description = "fund outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown fund")
    public FundLedger.LedgerView ledger(@PathParam("fundId") UUID fundId) {
        FundLedger.FundView fund = fund(fundId);
        access.requireReading(fund.countyCode());
        return ledger.ledger(fundId).orElseThrow(() -> new NotFound("fund", fundId));
    }

    private FundLedger.FundView fund(UUID fundId) {
        return ledger.fund(fundId).orElseThrow(() -> new NotFound("fund", fundId));
    }
}
