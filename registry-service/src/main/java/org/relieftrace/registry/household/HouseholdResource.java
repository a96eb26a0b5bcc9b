package org.relieftrace.registry.household;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.household.HouseholdCommands.MoveHousehold;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;
import org.relieftrace.registry.household.HouseholdRequests.HouseholdMoveRequest;
import org.relieftrace.registry.household.HouseholdRequests.HouseholdRequest;
import org.relieftrace.registry.household.HouseholdViews.HouseholdRegisteredAnswer;
import org.relieftrace.registry.household.HouseholdViews.HouseholdView;

/**
 * 户籍 — households: registering one, moving it, and reading them. Civil-affairs staff (and admins) change
 * households inside their division; every role reads inside its division. Resident ID and account numbers are shown
 * in full to civil-affairs and finance only, masked to everyone else ({@link Masks}); every read by an auditor or
 * by a role that sees the numbers in full is recorded, with the reason given in {@code X-Access-Reason}. A person
 * belongs to one household at a time: the household's command claims the resident ID number in the transaction of
 * its event ({@link ResidentIdClaims}). Members, the payout account and the history have resources of their own.
 */
@Path("/api/registry/households")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class HouseholdResource {

    @Inject
    Commands commands;

    @Inject
    HouseholdQueries households;

    @Inject
    HouseholdAccess householdAccess;

    @Inject
    HouseholdRules rules;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "registerHousehold", summary = "Register a household (户登记)", description = "In a"
            + " registered village or township inside the caller's division, with its head. Send an"
            + " Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the household",
            content = @Content(schema = @Schema(implementation = HouseholdRegisteredAnswer.class)))
    @APIResponse(responseCode = "409", description = "person-already-registered: the head's resident ID number"
            + " belongs to another household")
    public Response register(@NotNull @Valid HouseholdRequest request) {
        rules.requireValidHead(request.head().idNumber(), request.head().phone());
        access.requireActingIn(request.divisionCode());
        rules.requireResidentDivision("divisionCode", request.divisionCode());
        UUID registered = commands.send(new RegisterHousehold(commands.newId("household"), request.divisionCode(),
                request.address(), request.head().name(), request.head().idNumber(), request.head().phone()),
                request.reason());
        return Created.at("/api/registry/households/" + registered,
                new HouseholdRegisteredAnswer(registered, ResidentIds.personIdOf(request.head().idNumber())));
    }

    @POST
    @Path("/{householdId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "moveHousehold", summary = "Move the household (户迁移)", description = "To a"
            + " registered village or township; both the old and the new division inside the caller's.")
    @APIResponse(responseCode = "204", description = "moved")
    @APIResponse(responseCode = "404", description = "unknown household")
    public void moveHousehold(@PathParam("householdId") UUID householdId,
                              @NotNull @Valid HouseholdMoveRequest request) {
        householdAccess.acting(householdId);
        access.requireActingIn(request.divisionCode());
        rules.requireResidentDivision("divisionCode", request.divisionCode());
        commands.send(new MoveHousehold(householdId, request.divisionCode(), request.address()), request.reason());
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listHouseholds", summary = "Households in a division and below it", description = "The"
            + " caller's own division when none is named; every household for an admin without a division. With"
            + " `q`, only those it finds: a member's full resident ID number (matched by its digest, so it finds"
            + " the household for a reader who sees numbers masked, without showing the number), a member's name or"
            + " the address containing it, the start of the household id, or — for a reader who sees numbers in"
            + " full — the last four or more characters of a member's number; paged like the whole list.")
    @APIResponse(responseCode = "200", description = "a page of households")
    public ListPage<HouseholdView> list(@QueryParam("division") String division,
            @Parameter(description = "what to find: ID number, name, address or household id")
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        ListPage<HouseholdView> found = q == null || q.isBlank() ? households.list(scope, page, size)
                : households.search(scope, q, householdAccess.seesInFull(), page, size);
        householdAccess.recordRead(found.items().stream().map(HouseholdView::householdId).toList(), scope,
                "household-list");
        return householdAccess.seesInFull() ? found : found.map(HouseholdView::masked);
    }

    @GET
    @Path("/{householdId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getHousehold", summary = "One household with its members and payout account",
            description = "Readable inside the caller's division; ID and account numbers masked for roles that do"
                    + " not need them.")
    @APIResponse(responseCode = "200", description = "the household")
    @APIResponse(responseCode = "404", description = "unknown household")
    public HouseholdView household(@PathParam("householdId") UUID householdId) {
        HouseholdView household = householdAccess.reading(householdId);
        householdAccess.recordRead(List.of(householdId), household.divisionCode(), "household");
        return householdAccess.seesInFull() ? household : household.masked();
    }
}
