package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.distribution.HouseholdLimitMessages.SetHouseholdLimit;
import org.relieftrace.supplies.distribution.HouseholdLimitViews.HouseholdLimitView;
import org.relieftrace.supplies.registryfacts.RegistryFacts;

/** 户均限额 — how much of an item one household may receive per disaster, set by a county supplies officer. */
@Path("/api/supplies/household-limits")
@Tag(name = "Household limits", description = "户均限额 — per disaster and item, across all depots")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdLimitResource {

    /** 户均限额 — the quantity one household may receive, and why it is set so (required). */
    @Schema(name = "HouseholdLimitRequest")
    public record NewLimit(@NotNull @PositiveOrZero Long quantity, @NotBlank @Size(max = 500) String reason) {
    }

    /** What setting a limit answers: the limit now in force. */
    public record LimitSet(UUID disasterId, String itemCode, long quantity) {
    }

    @Inject
    Commands commands;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentCaller caller;

    @Inject
    HouseholdLimitQueries queries;

    @PUT
    @Path("/{disasterId}/{itemCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @RunOnVirtualThread
    @Operation(operationId = "setHouseholdLimit", summary = "Set a household limit for a disaster (户均限额)",
            description = "By a supplies officer of a county (or an admin): how much of the item one household may"
                    + " receive for the disaster, across all depots, with the reason. Distributions for the disaster"
                    + " count against it from then on; without one, the configured default"
                    + " (supplies.household-limit.<item>) applies.")
    @APIResponse(responseCode = "200", description = "set; the limit now in force",
            content = @Content(schema = @Schema(implementation = LimitSet.class)))
    @APIResponse(responseCode = "400", description = "invalid input, unknown disaster or item, with the field named")
    @APIResponse(responseCode = "403", description = "not a supplies officer of a county")
    public LimitSet set(@PathParam("disasterId") UUID disasterId, @PathParam("itemCode") @Size(max = 64)
                        String itemCode, @NotNull @Valid NewLimit body) {
        requireCountyOfficer(caller.get());
        if (!registry.disasterKnown(disasterId)) {
            throw new InvalidInput("disasterId", "unknown disaster");
        }
        requireDisasterOfTheCounty(caller.get(), disasterId);
        String item = itemCode.strip();
        if (registry.item(item).isEmpty()) {
            throw new InvalidInput("itemCode", "unknown item " + item);
        }
        commands.send(new SetHouseholdLimit(HouseholdLimitMessages.limitId(disasterId, item), disasterId, item,
                body.quantity()), body.reason());
        return new LimitSet(disasterId, item, body.quantity());
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listHouseholdLimits", summary = "The household limits set per disaster (户均限额)",
            description = "By disaster and item, optionally for one disaster: the quantity, who set it last, when and"
                    + " why, and the item's configured default that applies where none is set.")
    @APIResponse(responseCode = "200", description = "one page of limits")
    public Uni<ListPage<HouseholdLimitView>> limits(@QueryParam("disaster") UUID disasterId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.limits(disasterId, page, size);
    }

    /** A county's officer sets limits only for a disaster that affects the county. */
    private void requireDisasterOfTheCounty(Caller who, UUID disasterId) {
        if (!who.hasRole(DivisionAccess.ADMIN)
                && !registry.disasterAffects(disasterId, DivisionCode.of(who.division()))) {
            throw new AccessDenied("the disaster does not affect your county");
        }
    }

    /** A limit binds every depot of the disaster: it is set at the county, not below. */
    private static void requireCountyOfficer(Caller who) {
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return;
        }
        if (who.division() == null || DivisionCode.of(who.division()).level() != DivisionCode.Level.COUNTY) {
            throw new AccessDenied("household limits are set by a county's supplies officer");
        }
    }
}
