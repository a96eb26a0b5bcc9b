package org.relieftrace.relief.registryfacts;

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

import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Account;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.HouseholdFacts;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Member;

/** 户籍信息 — what the relief-service knows of a household from the registry's published facts. */
@Path("/api/relief/households")
@Tag(name = "Registry facts", description = "户籍信息 — households as the relief-service knows them")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class RegistryFactsResource {

    @Inject
    RegistryFactsQueries registry;

    @Inject
    DivisionAccess access;

    @GET
    @Path("/{householdId}")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getHouseholdFacts", summary = "A household as the relief-service knows it",
            description = "404 until the registry's events about it have reached the relief-service.")
    @APIResponse(responseCode = "200", description = "the household")
    @APIResponse(responseCode = "404", description = "not (yet) known")
    public HouseholdFacts household(@PathParam("householdId") UUID householdId) {
        Household household = registry.household(householdId)
                .orElseThrow(() -> new NotFound("household", householdId));
        access.requireReading(household.divisionCode());
        List<Member> members = registry.members(householdId).stream()
                .map(p -> new Member(p.personId(), p.name(), p.alive())).toList();
        Account account = registry.account(householdId).orElse(null);
        return new HouseholdFacts(householdId, household.divisionCode(), household.headPersonId(), members,
                account == null ? null : account.holderPersonId(), account == null ? null : account.holderName(),
                account == null ? null : RegistryFactsViews.masked(account.accountNumber()));
    }
}
