package org.relieftrace.registry.shelter;

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
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.depot.DepotQueries;
import org.relieftrace.registry.division.DivisionQueries;
import org.relieftrace.registry.household.HouseholdQueries;
import org.relieftrace.registry.shelter.ShelterCommands.CheckIn;
import org.relieftrace.registry.shelter.ShelterCommands.CheckOut;
import org.relieftrace.registry.shelter.ShelterCommands.CloseShelter;
import org.relieftrace.registry.shelter.ShelterCommands.OpenShelter;
import org.relieftrace.registry.shelter.ShelterCommands.RegisterShelter;
import org.relieftrace.registry.shelter.ShelterRequests.OccupantRequest;
import org.relieftrace.registry.shelter.ShelterRequests.ShelterRequest;
import org.relieftrace.registry.shelter.ShelterRequests.ShelterStateRequest;
import org.relieftrace.registry.shelter.ShelterViews.OccupancyAnswer;
import org.relieftrace.registry.shelter.ShelterViews.OccupancyPoint;
import org.relieftrace.registry.shelter.ShelterViews.ShelterRegisteredAnswer;
import org.relieftrace.registry.shelter.ShelterViews.ShelterView;

/**
 * 应急避难场所 — emergency shelters, whether they are open, and the people resettled in them. Civil-affairs staff
 * (and admins) manage the shelters of their division; every role reads them. Capacity is held by the
 * {@link Shelter} itself; that a person is in one shelter at a time is checked here against the occupant read model
 * ({@code 409 person-already-checked-in} naming the shelter). Two check-ins of one person racing at two shelters
 * could both pass before either is projected; the occupant table shows such a pair to whoever checks.
 */
@Path("/api/registry/shelters")
@Tag(name = "Shelters", description = "应急避难场所 — shelters, occupancy and the people resettled")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ShelterResource {

    @Inject
    Commands commands;

    @Inject
    ShelterQueries shelters;

    @Inject
    DivisionQueries divisions;

    @Inject
    DepotQueries depots;

    @Inject
    HouseholdQueries households;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "registerShelter", summary = "Register a shelter (应急避难场所登记)", description = "In a"
            + " registered division inside the caller's own; closed until opened. Send an Idempotency-Key header to"
            + " make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the shelter",
            content = @Content(schema = @Schema(implementation = ShelterRegisteredAnswer.class)))
    public Response register(@NotNull @Valid ShelterRequest request) {
        access.requireActingIn(request.divisionCode());
        divisions.requireRegistered("divisionCode", request.divisionCode());
        if (request.depotId() != null && !depots.registered(request.depotId())) {
            throw new InvalidInput("depotId", "depot " + request.depotId() + " is not registered");
        }
        UUID registered = commands.send(new RegisterShelter(commands.newId("shelter"), request.divisionCode(),
                request.name(), request.latitude(), request.longitude(), request.capacity(), request.depotId()),
                request.reason());
        return Created.at("/api/registry/shelters/" + registered, new ShelterRegisteredAnswer(registered));
    }

    @POST
    @Path("/{shelterId}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "openShelter", summary = "Open the shelter (启用)",
            description = "An open shelter takes people in; opening it again changes nothing.")
    @APIResponse(responseCode = "204", description = "open")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    public void open(@PathParam("shelterId") UUID shelterId, @Valid ShelterStateRequest request) {
        acting(shelterId);
        commands.send(new OpenShelter(shelterId), request == null ? null : request.reason());
    }

    @POST
    @Path("/{shelterId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "closeShelter", summary = "Close the shelter (关闭)",
            description = "Only when everybody has left.")
    @APIResponse(responseCode = "204", description = "closed")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    @APIResponse(responseCode = "409", description = "people are still in it")
    public void close(@PathParam("shelterId") UUID shelterId, @Valid ShelterStateRequest request) {
        acting(shelterId);
        commands.send(new CloseShelter(shelterId), request == null ? null : request.reason());
    }

    @POST
    @Path("/{shelterId}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "checkInToShelter", summary = "Check a registered person in (入住安置)",
            description = "While the shelter is open and not full; a person is in one shelter at a time.")
    @APIResponse(responseCode = "200", description = "checked in; the occupancy now")
    @APIResponse(responseCode = "400", description = "the person is not registered")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    @APIResponse(responseCode = "409", description = "closed, full, or the person is already in a shelter")
    public OccupancyAnswer checkIn(@PathParam("shelterId") UUID shelterId,
                                   @NotNull @Valid OccupantRequest request) {
        acting(shelterId);
        households.person(request.personId()).orElseThrow(() -> new InvalidInput("personId",
                "person " + request.personId() + " is not registered"));
        shelters.resettlement(request.personId()).ifPresent(found -> {
            throw new DomainRuleViolation("person-already-checked-in", "Person " + request.personId()
                    + " is already checked in at shelter " + found.shelterId(), request.personId(),
                    found.shelterId());
        });
        int occupancy = commands.send(new CheckIn(shelterId, request.personId()), request.reason());
        return new OccupancyAnswer(shelterId, occupancy);
    }

    @POST
    @Path("/{shelterId}/check-outs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "checkOutOfShelter", summary = "Check a person out (离开安置点)",
            description = "Of a person checked in at this shelter.")
    @APIResponse(responseCode = "200", description = "checked out; the occupancy now")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    @APIResponse(responseCode = "409", description = "the person is not checked in here")
    public OccupancyAnswer checkOut(@PathParam("shelterId") UUID shelterId,
                                    @NotNull @Valid OccupantRequest request) {
        acting(shelterId);
        int occupancy = commands.send(new CheckOut(shelterId, request.personId()), request.reason());
        return new OccupancyAnswer(shelterId, occupancy);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listShelters", summary = "Shelters in a division and below it", description = "The"
            + " caller's own division when none is named; every shelter for an admin without a division.")
    @APIResponse(responseCode = "200", description = "a page of shelters")
    public ListPage<ShelterView> list(@QueryParam("division") String division,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return shelters.list(access.readingScope(division), page, size);
    }

    @GET
    @Path("/{shelterId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getShelter", summary = "One shelter with its occupancy and the people in it",
            description = "Readable inside the caller's division.")
    @APIResponse(responseCode = "200", description = "the shelter")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    public ShelterView shelter(@PathParam("shelterId") UUID shelterId) {
        ShelterView shelter = shelters.find(shelterId).orElseThrow(() -> new NotFound("shelter", shelterId));
        access.requireReading(shelter.divisionCode());
        return shelter;
    }

    @GET
    @Path("/{shelterId}/occupancy")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getShelterOccupancy", summary = "The shelter's occupancy over time (安置人数变化)",
            description = "A point after each check-in and check-out, oldest first, paged; readable inside the"
                    + " caller's division.")
    @APIResponse(responseCode = "200", description = "a page of occupancy points")
    @APIResponse(responseCode = "404", description = "unknown shelter")
    public ListPage<OccupancyPoint> occupancy(@PathParam("shelterId") UUID shelterId,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("500") @Min(1) @Max(2000) int size) {
        ShelterView shelter = shelters.find(shelterId).orElseThrow(() -> new NotFound("shelter", shelterId));
        access.requireReading(shelter.divisionCode());
        return shelters.occupancy(shelterId, page, size);
    }

    /** The caller may act on the shelter: read from its own events, so a just-registered shelter is found. */
    private void acting(UUID shelterId) {
        access.requireActingIn(shelters.divisionOf(shelterId).orElseThrow(() -> new NotFound("shelter", shelterId)));
    }
}
