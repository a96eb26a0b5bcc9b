package org.relieftrace.registry.depot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.registry.depot.DepotCommands.RegisterDepot;
import org.relieftrace.registry.depot.DepotRequests.DepotRequest;
import org.relieftrace.registry.depot.DepotViews.DepotRegisteredAnswer;
import org.relieftrace.registry.depot.DepotViews.DepotView;
import org.relieftrace.registry.division.DivisionQueries;
import org.relieftrace.registry.division.DivisionViews.DivisionView;

/**
 * 应急物资储备库 — the depots of the county, its townships and villages. A depot code already used by another depot
 * is refused here ({@code 409 depot-code-taken}) from the depot read model: uniqueness across depots is not a rule
 * one depot aggregate can hold, and the check is accepted as good enough (see {@link Depot}).
 */
@Path("/api/registry/depots")
@Tag(name = "Depots", description = "应急物资储备库 — depots and where they are")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DepotResource {

    @Inject
    Commands commands;

    @Inject
    DepotQueries depots;

    @Inject
    DivisionQueries divisions;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(operationId = "registerDepot", summary = "Register a depot (仓库登记)", description = "In a registered"
            + " division inside the caller's own; the depot's tier is the division's level. Send an Idempotency-Key"
            + " header to make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the depot",
            content = @Content(schema = @Schema(implementation = DepotRegisteredAnswer.class)))
    @APIResponse(responseCode = "409", description = "the code or the id is already registered")
    public Response register(@NotNull @Valid DepotRequest request) {
        checkShape(request);
        DivisionView division = divisions.requireRegistered("divisionCode", request.divisionCode());
        Optional<DepotView> sameCode = depots.findByCode(request.code());
        if (sameCode.isPresent() && !sameCode.get().depotId().equals(request.depotId())) {
            throw new DomainRuleViolation("depot-code-taken", "Depot code " + request.code() + " is already used by"
                    + " depot " + sameCode.get().depotId(), request.code(), sameCode.get().depotId());
        }
        UUID depotId = request.depotId() != null ? request.depotId() : commands.newId("depot");
        UUID registered = commands.send(new RegisterDepot(depotId, request.code(), request.name(),
                request.divisionCode(), division.level(), request.kind(), request.latitude(), request.longitude(),
                request.address(), request.capacity(), request.keepers()), request.reason());
        return Created.at("/api/registry/depots/" + registered, new DepotRegisteredAnswer(registered));
    }

    /** What bean validation cannot name well: coordinates come in pairs, keepers are non-blank usernames. */
    private static void checkShape(DepotRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if ((request.latitude() == null) != (request.longitude() == null)) {
            errors.add(new InvalidInput.FieldError(request.latitude() == null ? "latitude" : "longitude",
                    "latitude and longitude come together"));
        }
        List<String> keepers = request.keepers() == null ? List.of() : request.keepers();
        for (int i = 0; i < keepers.size(); i++) {
            String keeper = keepers.get(i);
            if (keeper == null || keeper.isBlank() || keeper.length() > 100) {
                errors.add(new InvalidInput.FieldError("keepers[" + i + "]", "must be a username of 1 to 100"
                        + " characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listDepots", summary = "Depots in a division and below it", description = "The"
            + " caller's own division when none is named; every depot for an admin without a division. Ordered by"
            + " code.")
    @APIResponse(responseCode = "200", description = "a page of depots")
    public ListPage<DepotView> list(@QueryParam("division") String division,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return depots.list(access.readingScope(division), page, size);
    }

    @GET
    @Path("/{depotId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "getDepot", summary = "One depot", description = "With its keepers and capacity.")
    @APIResponse(responseCode = "200", description = "the depot")
    @APIResponse(responseCode = "404", description = "unknown depot")
    public DepotView depot(@PathParam("depotId") UUID depotId) {
        return depots.find(depotId).orElseThrow(() -> new NotFound("depot", depotId));
    }
}
