package org.relieftrace.supplies.writeoff;

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
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.supplies.registryfacts.DepotActing;
import org.relieftrace.supplies.registryfacts.DepotReading;
import org.relieftrace.supplies.stock.StockCommands.ApproveWriteOff;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;
import org.relieftrace.supplies.writeoff.WriteOffRequests.Approval;
import org.relieftrace.supplies.writeoff.WriteOffRequests.NewWriteOff;
import org.relieftrace.supplies.writeoff.WriteOffViews.WriteOffCreated;
import org.relieftrace.supplies.writeoff.WriteOffViews.WriteOffView;

/** 报损 — expired, damaged or lost goods leave a depot's stock, approved by someone other than the requester. */
@Path("/api/supplies/depots/{depotId}/write-offs")
@Tag(name = "Write-offs", description = "报损 — expired, damaged, lost")
@Produces(MediaType.APPLICATION_JSON)
public class WriteOffResource {

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    WriteOffQueries queries;

    @Inject
    DepotActing acting;

    @Inject
    DepotReading depots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "requestWriteOff", summary = "Ask to write goods off (报损申请)",
            description = "A quantity of one lot, expired, damaged or lost; it leaves stock when someone else"
                    + " approves it.")
    @APIResponse(responseCode = "201", description = "requested; waits for approval", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteOffCreated.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named (a reason is required)")
    @APIResponse(responseCode = "409", description = "unknown lot or more than is available")
    public Response request(@PathParam("depotId") UUID depotId, @NotNull @Valid NewWriteOff body) {
        UUID writeOffId = commands.newId("write-off");
        commands.send(new RequestWriteOff(depotId, writeOffId, body.lotId(), body.quantity(), body.kind().name(),
                caller.get().userId()), body.reason());
        return Created.at("/api/supplies/depots/" + depotId + "/write-offs/" + writeOffId,
                new WriteOffCreated(writeOffId));
    }

    @POST
    @Path("/{writeOffId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "approveWriteOff", summary = "Approve a write-off (报损审批)",
            description = "Not by the requester (409 separation-of-duties); the goods then leave stock.")
    @APIResponse(responseCode = "200", description = "approved; the goods left stock", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteOffCreated.class)))
    @APIResponse(responseCode = "409", description = "the approver asked for it, or it is not pending")
    public WriteOffCreated approve(@PathParam("depotId") UUID depotId, @PathParam("writeOffId") UUID writeOffId,
                                   @Valid Approval body) {
        commands.send(new ApproveWriteOff(depotId, writeOffId, caller.get().userId()),
                body == null ? null : body.reason());
        return new WriteOffCreated(writeOffId);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(operationId = "listWriteOffs", summary = "A depot's write-offs (报损台账)",
            description = "Each with who asked, who approved, its status and the actions the caller may take.")
    @APIResponse(responseCode = "200", description = "a page of write-offs")
    public Uni<ListPage<WriteOffView>> writeOffs(@PathParam("depotId") UUID depotId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return depots.readable(depotId)
                .chain(depot -> queries.writeOffs(depotId, caller.get(), acting.mayAct(depot), page, size));
    }
}
