package org.relieftrace.registry.household;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.registry.household.HouseholdViews.HouseholdHistory;
import org.relieftrace.registry.household.HouseholdViews.HouseholdView;

/** 变更记录 — every change of a household, read from its own event stream. */
@Path("/api/registry/households/{householdId}/history")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class HouseholdHistoryResource {

    @Inject
    HouseholdQueries households;

    @Inject
    HouseholdAccess householdAccess;

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getHouseholdHistory", summary = "Every change of a household (变更记录)",
            description = "Oldest first, each with who made it (user, roles, division), when and why; an account"
                    + " change shows the account it replaced.")
    @APIResponse(responseCode = "200", description = "the history")
    @APIResponse(responseCode = "404", description = "unknown household")
    public HouseholdHistory history(@PathParam("householdId") UUID householdId) {
        HouseholdView household = householdAccess.reading(householdId);
        HouseholdHistory history = households.history(householdId);
        householdAccess.recordRead(List.of(householdId), household.divisionCode(), "household-history");
        return householdAccess.seesInFull() ? history : history.masked();
    }
}
