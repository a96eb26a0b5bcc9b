package org.relieftrace.supplies.pledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.pledge.PledgeCommands.ClosePledge;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeCommands.RecordPledge;
import org.relieftrace.supplies.pledge.PledgeRequests.Closing;
import org.relieftrace.supplies.pledge.PledgeRequests.NewPledge;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeRecordedAnswer;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeStatus;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeView;
import org.relieftrace.supplies.registryfacts.RegistryFacts;

/**
 * 捐赠承诺 — donations promised to a division: recorded, received against by donation receipts that name the pledge
 * ({@code POST /depots/{id}/receipts} with {@code pledgeId}), listed while outstanding, closed with a reason.
 */
@Path("/api/supplies/pledges")
@Tag(name = "Pledges", description = "捐赠承诺 — donations promised, received and closed")
@Produces(MediaType.APPLICATION_JSON)
public class PledgeResource {

    private static final List<String> RECORDERS = List.of("supplies-officer", "civil-affairs", "admin");

    @Inject
    Commands commands;

    @Inject
    PledgeQueries pledges;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @RunOnVirtualThread
    @Operation(operationId = "recordPledge", summary = "Record a pledge (捐赠承诺)",
            description = "A donor's promise of registered catalog items to a division inside the caller's own, with"
                    + " the day the goods are expected. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the pledge",
            content = @Content(schema = @Schema(implementation = PledgeRecordedAnswer.class)))
    @APIResponse(responseCode = "403", description = "division outside the caller's, or not allowed to record")
    public Response record(@NotNull @Valid NewPledge request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            String item = request.lines().get(i).itemCode();
            if (registry.item(item).isEmpty()) {
                errors.add(new InvalidInput.FieldError("lines[" + i + "].itemCode", "unknown item " + item));
            } else if (!items.add(item)) {
                errors.add(new InvalidInput.FieldError("lines[" + i + "].itemCode", "named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<PledgedQuantity> lines = request.lines().stream()
                .map(line -> new PledgedQuantity(line.itemCode(), line.quantity())).toList();
        UUID recorded = commands.send(new RecordPledge(commands.newId("pledge"), request.donor(),
                request.divisionCode(), request.expectedOn(), lines), request.reason());
        return Created.at("/api/supplies/pledges/" + recorded, new PledgeRecordedAnswer(recorded));
    }

    @POST
    @Path("/{pledgeId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "civil-affairs", "admin"})
    @ActsIn(resource = PledgeScopes.PLEDGE, id = "pledgeId")
    @RunOnVirtualThread
    @Operation(operationId = "closePledge", summary = "Close a pledge (关闭捐赠承诺)",
            description = "What has not arrived will not come; the reason is required and kept with the event.")
    @APIResponse(responseCode = "200", description = "closed",
            content = @Content(schema = @Schema(implementation = PledgeRecordedAnswer.class)))
    @APIResponse(responseCode = "400", description = "no reason given")
    @APIResponse(responseCode = "404", description = "unknown pledge")
    @APIResponse(responseCode = "409", description = "the pledge is closed already")
    public PledgeRecordedAnswer close(@PathParam("pledgeId") UUID pledgeId, @NotNull @Valid Closing body) {
        commands.send(new ClosePledge(pledgeId), body.reason().strip());
        return new PledgeRecordedAnswer(pledgeId);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listPledges", summary = "Pledges of a division and below (捐赠承诺)",
            description = "The caller's own division when none is named; status=OPEN lists the outstanding"
                    + " pledges, the soonest expected first.")
    @APIResponse(responseCode = "200", description = "a page of pledges")
    public Uni<ListPage<PledgeView>> list(@QueryParam("division") String division,
            @QueryParam("status") PledgeStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return pledges.list(access.readingScope(division), status, page, size, mayActIn());
    }

    @GET
    @Path("/{pledgeId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getPledge", summary = "One pledge (捐赠承诺)",
            description = "Pledged, received and left per item, and the steps the caller may take now.")
    @APIResponse(responseCode = "200", description = "the pledge",
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "404", description = "unknown pledge")
    public Uni<PledgeView> pledge(@PathParam("pledgeId") UUID pledgeId) {
        return pledges.find(pledgeId, mayActIn()).map(found -> {
            PledgeView view = found.orElseThrow(() -> new NotFound("pledge", pledgeId));
            access.requireReading(view.divisionCode());
            return view;
        });
    }

    /** Whether the caller may close a pledge of a division: a recording role, acting inside the division. */
    private Predicate<String> mayActIn() {
        boolean records = RECORDERS.stream().anyMatch(caller.get()::hasRole);
        return division -> {
            if (!records) {
                return false;
            }
            try {
                access.requireActingIn(division);
                return true;
            } catch (AccessDenied denied) {
                return false;
            }
        };
    }
}
