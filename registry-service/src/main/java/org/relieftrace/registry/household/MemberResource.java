package org.relieftrace.registry.household;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.RecordDeath;
import org.relieftrace.registry.household.HouseholdCommands.RemoveMember;
import org.relieftrace.registry.household.HouseholdCommands.MoveMember;
import org.relieftrace.registry.household.HouseholdRequests.DeathRequest;
import org.relieftrace.registry.household.HouseholdRequests.MemberMoveRequest;
import org.relieftrace.registry.household.HouseholdRequests.MemberRequest;
import org.relieftrace.registry.household.HouseholdRequests.PersonRequest;
import org.relieftrace.registry.household.HouseholdRequests.RemovalRequest;
import org.relieftrace.registry.household.HouseholdViews.HouseholdRecord;
import org.relieftrace.registry.household.HouseholdViews.MemberAnswer;

/**
 * 家庭成员 — the members of a household: who joins, leaves, moves to another household or dies. A member moving
 * between households is removed from the one (which refuses if they are its head or hold its account) and added to
 * the other in one unit of work ({@link MemberMove}); the removal passes the person's resident ID claim straight to
 * the target household ({@link ResidentIdClaims}), so that nobody can register the number in between.
 */
@Path("/api/registry/households/{householdId}/members")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class MemberResource {

    @Inject
    Commands commands;

    @Inject
    HouseholdAccess householdAccess;

    @Inject
    HouseholdRules rules;

    @Inject
    DivisionAccess access;

    @Inject
    BeijingTime time;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "addHouseholdMember", summary = "Add a member (增加家庭成员)",
            description = "A person not yet registered in any household.")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(schema = @Schema(implementation = MemberAnswer.class)))
    @APIResponse(responseCode = "404", description = "unknown household")
    @APIResponse(responseCode = "409", description = "person-already-registered: the resident ID number belongs to"
            + " another household")
    public Response addMember(@PathParam("householdId") UUID householdId, @NotNull @Valid MemberRequest request) {
        PersonRequest person = request.person();
        rules.requireValidIdNumber("person.idNumber", person.idNumber());
        householdAccess.acting(householdId);
        UUID personId = commands.send(new AddMember(householdId, person.name(), person.idNumber(), person.phone(),
                person.relation(), null), request.reason());
        return Created.at("/api/registry/households/" + householdId, new MemberAnswer(householdId, personId));
    }

    @POST
    @Path("/{personId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "removeHouseholdMember", summary = "Remove a member (减少家庭成员)",
            description = "The head and the holder of the payout account cannot leave.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "the head or the account holder")
    public void removeMember(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                             @NotNull @Valid RemovalRequest request) {
        householdAccess.acting(householdId);
        commands.send(new RemoveMember(householdId, personId, null), request.reason());
    }

    @POST
    @Path("/{personId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "moveHouseholdMember", summary = "Move a member to another household (成员迁移)",
            description = "Both households inside the caller's division; the head and the holder of the payout"
                    + " account cannot leave.")
    @APIResponse(responseCode = "200", description = "moved",
            content = @Content(schema = @Schema(implementation = MemberAnswer.class)))
    @APIResponse(responseCode = "400", description = "the target household is unknown")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "the head, the account holder, or the same household")
    public MemberAnswer moveMember(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                                   @NotNull @Valid MemberMoveRequest request) {
        householdAccess.acting(householdId);
        HouseholdRecord target = householdAccess.recorded(request.toHouseholdId())
                .orElseThrow(() -> new InvalidInput("toHouseholdId", "household " + request.toHouseholdId()
                        + " is not registered"));
        access.requireActingIn(target.divisionCode());
        UUID moved = commands.send(new MoveMember(householdId, personId, target.householdId()), request.reason());
        return new MemberAnswer(target.householdId(), moved);
    }

    @POST
    @Path("/{personId}/death")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "recordDeath", summary = "Record a death (死亡登记)",
            description = "On a date not in the future and not before the person's birth, from a document (死亡证明)"
                    + " and with the cause; published to the relief-service, where a condolence case needs it.")
    @APIResponse(responseCode = "204", description = "recorded")
    @APIResponse(responseCode = "400", description = "the date is in the future, or no document or cause")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "already deceased, or a date before the birth date")
    public void recordDeath(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                            @NotNull @Valid DeathRequest request) {
        if (request.dateOfDeath().isAfter(time.today())) {
            throw new InvalidInput("dateOfDeath", "must not be in the future");
        }
        householdAccess.acting(householdId);
        commands.send(new RecordDeath(householdId, personId, request.dateOfDeath(), request.documentReference(),
                request.cause()), request.reason());
    }
}
