package org.relieftrace.platform.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * 审计 — the audit endpoints every service offers under its own base path, written once: a service declares
 * {@code @Path("/api/<service>/audit") public class XxxAudit extends AuditResource {}}. Auditors and admins only;
 * auditors see the global stream of their own division and below. Events are shown unmasked, so reading an
 * aggregate's history or state, or an export, is itself recorded ({@link PersonalDataRead}, reason in
 * {@code X-Access-Reason}). This part holds the signed checkpoints and the projections; the aggregate endpoints are
 * in {@link AuditHistoryEndpoints}, the global stream's in {@link AuditStreamEndpoints}.
 */
@Tag(name = "Audit", description = "审计 — event history, past states, tamper verification, export and"
        + " projection replay")
public abstract class AuditResource extends AuditStreamEndpoints {

    @Inject
    Projections projections;

    @Inject
    Checkpoints checkpoints;

    @Inject
    ProjectionReplays replays;

    @Inject
    CheckpointKeys keys;

    @GET
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "listCheckpoints",
            summary = "The signed checkpoints of the global stream", description = "签名检查点: each seals the"
            + " running hash over every event up to its global index with the service's key of the crypto suite the"
            + " checkpoint records (`suite`: INTERNATIONAL, Ed25519; SM, SM2); oldest first.")
    @APIResponse(responseCode = "200", description = "a page of checkpoints")
    public ListPage<CheckpointSeal.Checkpoint> checkpoints(@QueryParam("fromIndex") Long fromIndex,
                                                           @QueryParam("toIndex") Long toIndex,
                                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                           @QueryParam("size") @DefaultValue("50") @Min(1)
                                                           @Max(500) int size) {
        return checkpoints.list(fromIndex, toIndex, page, size);
    }

    @POST
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(operationId = "makeCheckpoint",
            summary = "Make a checkpoint now", description = "Seals the stream up to its newest settled event"
            + " without waiting for the next periodic checkpoint. Admins only.")
    @APIResponse(responseCode = "201", description = "the new checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointSeal.Checkpoint.class)))
    @APIResponse(responseCode = "200", description = "nothing new has settled since the latest checkpoint: nothing"
            + " is sealed and no event appended; the body says so (`NOTHING_NEW`) and names the latest checkpoint,"
            + " or says that no event has settled and no checkpoint exists yet (`NOTHING_SETTLED`, no `latest`)",
            content = @Content(schema = @Schema(implementation = CheckpointSeal.NothingNew.class)))
    public Response makeCheckpoint() {
        return checkpoints.make().map(c -> Response.status(Response.Status.CREATED).entity(c).build())
                .orElseGet(() -> Response.ok(CheckpointSeal.NothingNew.after(checkpoints.latest())).build());
    }

    @GET
    @Path("/checkpoints/public-key")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "getCheckpointPublicKey",
            summary = "The public key of the checkpoints", description = "Base64 X.509, of the suite new"
            + " checkpoints are signed with, or of `suite` (INTERNATIONAL: Ed25519, SM: SM2): what the offline"
            + " verifier checks the checkpoints of an export with (`--public-key`, once per suite).")
    @APIResponse(responseCode = "200", description = "the suite, algorithm, key id and public key")
    @APIResponse(responseCode = "400", description = "no crypto suite of that name")
    public CheckpointKeys.PublishedKey publicKey(@QueryParam("suite") String suite) {
        try {
            return keys.published(suite == null ? keys.signingSuite() : CryptoSuite.recorded(suite));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @GET
    @Path("/projections")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "listProjections",
            summary = "The service's projections", description = "Each event processor: running, in error or"
            + " replaying, the segments this instance processes, and its lag behind the global stream.")
    @APIResponse(responseCode = "200", description = "a page of the projections")
    public ListPage<Projections.Status> projections(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                    int size) {
        return ListPage.of(projections.all(), page, size);
    }

    @POST
    @Path("/projections/{name}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(operationId = "replayProjection",
            summary = "Replay a projection", description = "Rebuilds it in the background from the whole global"
            + " stream into shadow copies of its tables while queries keep being served from the live ones, then"
            + " compares the rebuilt rows with the live rows: equal, or a report of the differences (table, key,"
            + " live and rebuilt values); with `force=true` differing rebuilt rows replace the live ones. Follow the"
            + " progress at the Location. Admins only.")
    @APIResponse(responseCode = "202", description = "the replay has started; Location: its progress")
    @APIResponse(responseCode = "404", description = "no projection of that name")
    @APIResponse(responseCode = "409", description = "the projection cannot be replayed, or a replay of it runs")
    public Response replay(@PathParam("name") String name, @QueryParam("force") boolean force,
                           @Context UriInfo uri) {
        ProjectionReplays.Status started = replays.start(name, force);
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().replacePath(
                uri.getAbsolutePath().getPath().replaceFirst("/replay$", "/replays/" + started.id())).build())
                .build();
    }

    @GET
    @Path("/projections/{name}/replays/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "getProjectionReplay",
            summary = "A projection replay's progress", description = "Phase, events done of the total, rate and"
            + " estimated time left; when done, the outcome of the comparison with the live view and the first"
            + " differences.")
    @APIResponse(responseCode = "200", description = "the replay")
    @APIResponse(responseCode = "404", description = "no such replay of that projection")
    public ProjectionReplays.Status replayStatus(@PathParam("name") String name, @PathParam("id") String id) {
        return replays.status(name, id);
    }
}
