package org.relieftrace.supplies.reversal;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.supplies.distribution.DistributionCommands.ReverseDistribution;
import org.relieftrace.supplies.registryfacts.DepotActing;
import org.relieftrace.supplies.registryfacts.DepotReading;
import org.relieftrace.supplies.reversal.ReversalRequests.Approval;
import org.relieftrace.supplies.reversal.ReversalRequests.Reason;
import org.relieftrace.supplies.reversal.ReversalViews.ReversalRef;
import org.relieftrace.supplies.reversal.ReversalViews.ReversalView;
import org.relieftrace.supplies.stock.ReversalRules;
import org.relieftrace.supplies.stock.StockCommands.RejectReversal;
import org.relieftrace.supplies.stock.StockCommands.RequestReversal;

/**
 * 分发冲正 — a distribution recorded wrongly is reversed, never edited: one user asks with the reason, a second user
 * approves (the goods then go back into their lots and the household's allowance is given back) or rejects with the
 * reason.
 */
@Path("/api/supplies/depots/{depotId}/distributions/{distributionId}/reversal")
@Tag(name = "Reversals")
@Produces(MediaType.APPLICATION_JSON)
public class DistributionReversalResource {

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    ReversalQueries queries;

    @Inject
    DepotActing acting;

    @Inject
    DepotReading depots;

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(operationId = "getDistributionReversal", summary = "A distribution's reversal (分发冲正)",
            description = "Its status (NONE, REQUESTED, REJECTED, REVERSED), who asked and why, who decided, and the"
                    + " actions the caller may take now.")
    @APIResponse(responseCode = "200", description = "the reversal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReversalView.class)))
    @APIResponse(responseCode = "404", description = "no such distribution at this depot")
    public Uni<ReversalView> reversal(@PathParam("depotId") UUID depotId,
                                      @PathParam("distributionId") UUID distributionId) {
        return depots.readable(depotId)
                .chain(depot -> queries.distribution(depotId, distributionId, caller.get(), acting.mayAct(depot)))
                .map(found -> found.orElseThrow(() -> new NotFound("distribution", distributionId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "requestDistributionReversal", summary = "Ask to reverse a distribution (分发冲正申请)",
            description = "With the reason; nothing changes until a second user approves.")
    @APIResponse(responseCode = "202", description = "asked; waits for a second user", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReversalRef.class)))
    @APIResponse(responseCode = "400", description = "no reason")
    @APIResponse(responseCode = "404", description = "no such distribution at this depot")
    @APIResponse(responseCode = "409", description = "already reversed (already-reversed), or a reversal waiting"
            + " (reversal-pending)")
    public Response request(@PathParam("depotId") UUID depotId, @PathParam("distributionId") UUID distributionId,
                            @NotNull @Valid Reason body) {
        commands.send(new RequestReversal(depotId, ReversalRules.DISTRIBUTION, distributionId, caller.get().userId(),
                body.reason()), body.reason());
        return Response.accepted(new ReversalRef(distributionId)).build();
    }

    @POST
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "approveDistributionReversal", summary = "Approve a distribution's reversal (分发冲正审批)",
            description = "Not by who asked for it (409 separation-of-duties); the goods then go back into their"
                    + " lots and the household's allowance for the disaster is given back, together.")
    @APIResponse(responseCode = "200", description = "reversed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReversalRef.class)))
    @APIResponse(responseCode = "409", description = "not waiting (reversal-not-pending), or asked for by the caller"
            + " (separation-of-duties)")
    public ReversalRef approve(@PathParam("depotId") UUID depotId, @PathParam("distributionId") UUID distributionId,
                               @Valid Approval body) {
        commands.send(new ReverseDistribution(depotId, distributionId, caller.get().userId()),
                body == null ? null : body.reason());
        return new ReversalRef(distributionId);
    }

    @POST
    @Path("/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "rejectDistributionReversal", summary = "Reject a distribution's reversal (分发冲正驳回)",
            description = "With the reason; not by who asked for it (409 separation-of-duties). The distribution"
                    + " stands.")
    @APIResponse(responseCode = "200", description = "rejected", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReversalRef.class)))
    @APIResponse(responseCode = "400", description = "no reason")
    @APIResponse(responseCode = "409", description = "not waiting, or asked for by the caller")
    public ReversalRef reject(@PathParam("depotId") UUID depotId, @PathParam("distributionId") UUID distributionId,
                              @NotNull @Valid Reason body) {
        commands.send(new RejectReversal(depotId, ReversalRules.DISTRIBUTION, distributionId, caller.get().userId(),
                body.reason()), body.reason());
        return new ReversalRef(distributionId);
    }
}
