package org.relieftrace.relief.standard;


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
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.standard.StandardRequests.StandardRequest;
import org.relieftrace.relief.standard.StandardViews.StandardRecorded;
import org.relieftrace.relief.standard.StandardViews.StandardView;

/** 救助标准 — the amounts a county pays per category, version by version. */
@Path("/api/relief/standards")
@Tag(name = "Standards", description = "救助标准 — relief standards with effective dates")
@Produces(MediaType.APPLICATION_JSON)
public class StandardResource {

    @Inject
    Commands commands;

    @Inject
    StandardQueries standards;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "finance", "admin"})
    @ActsIn(division = "countyCode")
    @RunOnVirtualThread
    @Operation(operationId = "setStandard", summary = "Set a new version of a standard (制定救助标准)",
            description = "In force from its date until a later version; two versions never start on the same day.")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = StandardRecorded.class)))
    @APIResponse(responseCode = "409", description = "a version already starts that day")
    public Response set(@NotNull @Valid StandardRequest request) {
        commands.send(new SetStandard(request.countyCode(), request.category(), request.effectiveFrom(),
                request.ratedAmounts(), request.documentNumber().strip()), request.reason());
        return Created.at("/api/relief/standards?division=" + request.countyCode(),
                new StandardRecorded(request.countyCode(), request.category(), request.effectiveFrom()));
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listStandards", summary = "Every version of a county's standards",
            description = "By category and date; the caller's county when none is named.")
    @APIResponse(responseCode = "200", description = "a page of versions")
    @APIResponse(responseCode = "400", description = "no county named, or paging out of bounds")
    public Uni<ListPage<StandardView>> list(@QueryParam("division") String division,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        if (scope == null || !DivisionCode.isValid(scope)) {
            throw new InvalidInput("division", "name a county");
        }
        return standards.of(DivisionCode.of(scope).county().value(), page, size);
    }
}
