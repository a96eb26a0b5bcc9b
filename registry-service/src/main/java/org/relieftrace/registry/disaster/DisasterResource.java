package org.relieftrace.registry.disaster;

import java.time.OffsetDateTime;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.disaster.DisasterCommands.ChangeResponseLevel;
import org.relieftrace.registry.disaster.DisasterCommands.DeclareDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.EndDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.ReportDisasterStatistics;
import org.relieftrace.registry.disaster.DisasterRequests.DisasterEndRequest;
import org.relieftrace.registry.disaster.DisasterRequests.DisasterRequest;
import org.relieftrace.registry.disaster.DisasterRequests.DisasterStatisticsRequest;
import org.relieftrace.registry.disaster.DisasterRequests.ResponseLevelRequest;
import org.relieftrace.registry.disaster.DisasterViews.DisasterDeclaredAnswer;
import org.relieftrace.registry.disaster.DisasterViews.DisasterView;
import org.relieftrace.registry.division.DivisionQueries;

/**
 * 灾害事件 — the disasters being answered and their figures (灾情统计). Civil-affairs staff (and admins) declare and
 * change a disaster when every division it affects is inside their own; every role reads the disasters that touch
 * its division (one in or below it, or one it lies in: a county-wide flood touches each township).
 */
@Path("/api/registry/disasters")
@Tag(name = "Disasters", description = "灾害事件 — disasters, response levels and their figures")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DisasterResource {

    @Inject
    Commands commands;

    @Inject
    DisasterQueries disasters;

    @Inject
    DivisionQueries divisions;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    BeijingTime time;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "declareDisaster", summary = "Declare a disaster (灾害登记)", description = "Affecting"
            + " registered divisions inside the caller's own. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "declared; Location names the disaster",
            content = @Content(schema = @Schema(implementation = DisasterDeclaredAnswer.class)))
    public Response declare(@NotNull @Valid DisasterRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        notInTheFuture("startedAt", request.startedAt(), errors);
        if (request.endedAt() != null) {
            notInTheFuture("endedAt", request.endedAt(), errors);
            if (!request.endedAt().isAfter(request.startedAt())) {
                errors.add(new InvalidInput.FieldError("endedAt", "must be after startedAt"));
            }
        }
        throwIfAny(errors);
        List<String> codes = request.affectedDivisionCodes();
        codes.forEach(access::requireActingIn);
        for (int i = 0; i < codes.size(); i++) {
            divisions.unregistered("affectedDivisionCodes[" + i + "]", codes.get(i)).ifPresent(errors::add);
        }
        throwIfAny(errors);
        UUID declared = commands.send(new DeclareDisaster(commands.newId("disaster"), request.type(),
                request.name(), request.startedAt().toInstant(),
                request.endedAt() == null ? null : request.endedAt().toInstant(), request.responseLevel(), codes),
                request.reason());
        return Created.at("/api/registry/disasters/" + declared, new DisasterDeclaredAnswer(declared));
    }

    @POST
    @Path("/{disasterId}/response-level")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "changeDisasterResponseLevel", summary = "Raise or lower the response level"
            + " (应急响应级别调整)", description = "Only while the response lasts; the same level again changes nothing.")
    @APIResponse(responseCode = "204", description = "changed (or already at that level)")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    @APIResponse(responseCode = "409", description = "the response has ended")
    public void changeLevel(@PathParam("disasterId") UUID disasterId, @NotNull @Valid ResponseLevelRequest request) {
        acting(disasterId);
        commands.send(new ChangeResponseLevel(disasterId, request.responseLevel()), request.reason());
    }

    @POST
    @Path("/{disasterId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "endDisaster", summary = "End the response (应急响应终止)",
            description = "At a moment after the disaster began and not in the future.")
    @APIResponse(responseCode = "204", description = "ended")
    @APIResponse(responseCode = "400", description = "a time in the future")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    @APIResponse(responseCode = "409", description = "already ended, or not after the start")
    public void end(@PathParam("disasterId") UUID disasterId, @NotNull @Valid DisasterEndRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        notInTheFuture("endedAt", request.endedAt(), errors);
        throwIfAny(errors);
        acting(disasterId);
        commands.send(new EndDisaster(disasterId, request.endedAt().toInstant()), request.reason());
    }

    @POST
    @Path("/{disasterId}/statistics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "reportDisasterStatistics", summary = "Report the disaster's figures (灾情统计)",
            description = "As they stand at asOf; each report is kept, the latest by asOf is the current one.")
    @APIResponse(responseCode = "204", description = "reported")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    @APIResponse(responseCode = "409", description = "figures for a moment before the disaster began")
    public void report(@PathParam("disasterId") UUID disasterId,
                       @NotNull @Valid DisasterStatisticsRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        notInTheFuture("asOf", request.asOf(), errors);
        throwIfAny(errors);
        acting(disasterId);
        commands.send(new ReportDisasterStatistics(disasterId, request.asOf().toInstant(), request.affectedPeople(),
                request.evacuated(), request.deaths(), request.missing(), request.collapsedHouses(),
                request.damagedHouses(), request.directLossFen()), request.reason());
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listDisasters", summary = "Disasters that touch a division", description = "The"
            + " caller's own division when none is named; every disaster for an admin without a division. The"
            + " latest begun first, each with its latest figures.")
    @APIResponse(responseCode = "200", description = "a page of disasters")
    public ListPage<DisasterView> list(@QueryParam("division") String division,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return disasters.list(access.readingScope(division), page, size);
    }

    @GET
    @Path("/{disasterId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getDisaster", summary = "One disaster with its latest figures and every report of"
            + " them", description = "Readable when the disaster touches the caller's division.")
    @APIResponse(responseCode = "200", description = "the disaster")
    @APIResponse(responseCode = "403", description = "the disaster does not touch the caller's division")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    public DisasterView disaster(@PathParam("disasterId") UUID disasterId) {
        DisasterView disaster = disasters.find(disasterId).orElseThrow(() -> new NotFound("disaster", disasterId));
        Caller who = caller.get();
        if (!who.hasRole(DivisionAccess.ADMIN) && !disaster.touches(who.division())) {
            throw new AccessDenied("disaster " + disasterId + " does not touch " + who.division());
        }
        return disaster;
    }

    /** The disaster, every division of which the caller may act in: read from its own events. */
    private void acting(UUID disasterId) {
        disasters.affectedDivisions(disasterId).orElseThrow(() -> new NotFound("disaster", disasterId))
                .forEach(access::requireActingIn);
    }

    private void notInTheFuture(String field, OffsetDateTime at, List<InvalidInput.FieldError> errors) {
        if (at != null && at.toInstant().isAfter(time.now())) {
            errors.add(new InvalidInput.FieldError(field, "must not be in the future"));
        }
    }

    private static void throwIfAny(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
