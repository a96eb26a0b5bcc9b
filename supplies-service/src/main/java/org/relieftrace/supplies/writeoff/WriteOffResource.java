package org.relieftrace.supplies.writeoff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.supplies.stock.StockCommands.ApproveWriteOff;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;

/** 报损 — expired, damaged or lost goods leave a depot's stock, approved by someone other than the requester. */
@Path("/api/supplies/depots/{depotId}/write-offs")
@Tag(name = "Write-offs", description = "报损 — expired, damaged, lost")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class WriteOffResource {

    /** Why goods are written off. */
    public enum Kind { EXPIRED, DAMAGED, LOST }

    /** 报损申请. */
    @Schema(name = "WriteOffRequest")
    public record NewWriteOff(@NotNull UUID lotId, @NotNull @Positive Long quantity, @NotNull Kind kind,
                              @Size(max = 500) String reason) {
    }

    /** The reason given by the approver. */
    @Schema(name = "WriteOffApproval")
    public record Approval(@Size(max = 500) String reason) {
    }

    /** What a write-off answers. */
    public record WriteOffCreated(UUID writeOffId) {
    }

    /** One write-off and where it stands. */
    public record WriteOffView(UUID writeOffId, UUID lotId, long quantity, String kind, String requestedBy,
                               String approvedBy, String status) {
    }

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    Sql sql;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Ask to write goods off (报损申请)")
    @APIResponse(responseCode = "201", description = "requested; waits for approval")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "unknown lot or more than is available")
    public Response request(@PathParam("depotId") UUID depotId, @NotNull @Valid NewWriteOff body) {
        UUID writeOffId = commands.newId("write-off");
        commands.send(new RequestWriteOff(depotId, writeOffId, body.lotId(), body.quantity(), body.kind().name(),
                caller.get().userId()), body.reason());
        return Response.created(URI.create("/api/supplies/depots/" + depotId + "/write-offs/" + writeOffId))
                .entity(new WriteOffCreated(writeOffId)).build();
    }

    @POST
    @Path("/{writeOffId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Approve a write-off (报损审批)", description = "Not by the requester.")
    @APIResponse(responseCode = "200", description = "approved; the goods left stock")
    @APIResponse(responseCode = "409", description = "the approver asked for it, or it is not pending")
    public WriteOffCreated approve(@PathParam("depotId") UUID depotId, @PathParam("writeOffId") UUID writeOffId,
                                   @Valid Approval body) {
        commands.send(new ApproveWriteOff(depotId, writeOffId, caller.get().userId()),
                body == null ? null : body.reason());
        return new WriteOffCreated(writeOffId);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(summary = "A depot's write-offs")
    public List<WriteOffView> writeOffs(@PathParam("depotId") UUID depotId) {
        return sql.list("SELECT write_off_id, lot_id, quantity, kind, requested_by, approved_by, status"
                        + " FROM supplies.write_off WHERE depot_id = ? ORDER BY write_off_id",
                rows -> new WriteOffView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getLong(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)),
                depotId);
    }
}
