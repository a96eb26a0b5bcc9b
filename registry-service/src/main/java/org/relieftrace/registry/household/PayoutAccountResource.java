package org.relieftrace.registry.household;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.registry.household.HouseholdCommands.SetPayoutAccount;
import org.relieftrace.registry.household.HouseholdRequests.PayoutAccountRequest;

/**
 * 一卡通账户 — the account a household's relief money goes to: the card of the head or of a living member, in that
 * person's own name. Set right after the household's registration, if need be: the household's own events decide.
 */
@Path("/api/registry/households/{householdId}/payout-account")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PayoutAccountResource {

    /** The {@code holder} that names the head of household. */
    private static final String HEAD = "HEAD";

    @Inject
    Commands commands;

    @Inject
    HouseholdAccess householdAccess;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "setPayoutAccount", summary = "Set or change the payout account (一卡通账户)",
            description = "The card of the head or of a living member, in that person's own name. The change and"
                    + " the account it replaces stay in the household's history.")
    @APIResponse(responseCode = "204", description = "set")
    @APIResponse(responseCode = "404", description = "unknown household, or the person is not in it")
    @APIResponse(responseCode = "409", description = "the holder name is not the person's name, or they died")
    public void setPayoutAccount(@PathParam("householdId") UUID householdId,
                                 @NotNull @Valid PayoutAccountRequest request) {
        UUID holder = holderOf(request.holder());
        householdAccess.acting(householdId);
        commands.send(new SetPayoutAccount(householdId, holder, request.bank(), request.accountNumber(),
                request.holderName()), request.reason());
    }

    /** The person id named as holder; null for the head, whom the household knows. */
    private static UUID holderOf(String holder) {
        if (HEAD.equals(holder)) {
            return null;
        }
        try {
            return UUID.fromString(holder);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("holder", "must be HEAD or the person id of a member");
        }
    }
}
