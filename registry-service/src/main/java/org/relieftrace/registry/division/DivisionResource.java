package org.relieftrace.registry.division;


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
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.request.OptionalParameter;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.registry.division.DivisionCommands.RegisterDivision;
import org.relieftrace.registry.division.DivisionRequests.DivisionRequest;
import org.relieftrace.registry.division.DivisionViews.DivisionRegisteredAnswer;
import org.relieftrace.registry.division.DivisionViews.DivisionView;

/** 行政区划 — the county, its townships and villages, by statistical division code. */
@Path("/api/registry/divisions")
@Tag(name = "Divisions", description = "行政区划 — county, township and village divisions")
@Produces(MediaType.APPLICATION_JSON)
public class DivisionResource {

    @Inject
    Commands commands;

    @Inject
    DivisionQueries divisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @RunOnVirtualThread
    @ActsIn
    @Operation(operationId = "registerDivision", summary = "Register a division (登记行政区划)",
            description = "Parents first: a township or village names its own parent, which must already be"
                    + " registered. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the division",
            content = @Content(schema = @Schema(implementation = DivisionRegisteredAnswer.class)))
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "409", description = "the code is already registered")
    public Response register(@NotNull @Valid DivisionRequest request) {
        DivisionRules.problemWith(request.code(), request.level(), request.parentCode()).ifPresent(problem -> {
            throw new InvalidInput(problem.field(), problem.message());
        });
        if (request.level() != DivisionLevel.COUNTY) {
            divisions.requireRegistered("parentCode", request.parentCode());
        }
        String code = commands.send(new RegisterDivision(request.code(), request.name(), request.level(),
                request.parentCode()), request.reason());
        return Created.at("/api/registry/divisions/" + code, new DivisionRegisteredAnswer(code));
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listDivisions", summary = "Divisions, a page at a time",
            description = "Ordered by code; filter by parent and level.")
    @APIResponse(responseCode = "200", description = "a page of divisions")
    @APIResponse(responseCode = "400", description = "a query parameter is out of range")
    public Uni<ListPage<DivisionView>> list(@QueryParam("parent") String parent, @QueryParam("level") String level,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (parent != null && !DivisionCode.isValid(parent)) {
            throw new InvalidInput("parent", "must be 12 digits");
        }
        return divisions.list(parent, levelOf(level), page, size);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getDivision", summary = "One division", description = "By its 12-digit code.")
    @APIResponse(responseCode = "200", description = "the division")
    @APIResponse(responseCode = "404", description = "unknown division")
    public Uni<DivisionView> division(@PathParam("code") String code) {
        return divisions.division(code).map(found -> found.orElseThrow(() -> new NotFound("division", code)));
    }

    @GET
    @Path("/{code}/subtree")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listDivisionSubtree", summary = "A division and everything below it",
            description = "Flat, ordered by code: the division first, then its descendants, a page at a time.")
    @APIResponse(responseCode = "200", description = "a page of the division and its descendants")
    @APIResponse(responseCode = "400", description = "a query parameter is out of range")
    @APIResponse(responseCode = "404", description = "unknown division")
    public Uni<ListPage<DivisionView>> subtree(@PathParam("code") String code,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return divisions.subtree(code, page, size).map(found -> found.orElseThrow(() -> new NotFound("division",
                code)));
    }

    private static DivisionLevel levelOf(String level) {
        return OptionalParameter.parse(level, DivisionLevel::valueOf, "level",
                "must be COUNTY, TOWNSHIP or VILLAGE");
    }
}
