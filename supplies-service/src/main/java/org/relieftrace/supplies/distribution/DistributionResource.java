package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.distribution.DistributionCommands.DistributeToHousehold;
import org.relieftrace.supplies.distribution.DistributionCommands.Household;
import org.relieftrace.supplies.distribution.DistributionViews.Distributed;
import org.relieftrace.supplies.distribution.DistributionViews.DistributionView;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.StockCommands.Handed;
import org.relieftrace.supplies.stock.StockCommands.Want;

/** 分发 — goods handed from a village (or township) depot to a household registered in its division. */
@Path("/api/supplies/depots/{depotId}/distributions")
@Tag(name = "Distributions", description = "分发 — goods handed to households")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DistributionResource {

    /** 分发单 — one item to one household for one disaster; {@code lotId} names a lot, else first expiry first out. */
    @Schema(name = "DistributionRequest")
    public record NewDistribution(@NotNull UUID householdId, @NotNull UUID disasterId,
                                  @NotBlank @Size(max = 64) String itemCode, @NotNull @Positive Long quantity,
                                  UUID lotId, @NotBlank @Size(max = 100) String recipientName,
                                  @NotBlank @Size(min = 18, max = 18) String recipientIdNumber,
                                  @Size(max = 500) String reason) {
    }

    @Inject
    Commands commands;

    @Inject
    RegistryFacts registry;

    @Inject
    DistributionQueries queries;

    @Inject
    HouseholdLimits limits;

    @Inject
    BeijingTime time;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "distributeToHousehold", summary = "Hand goods to a household (分发)",
            description = "The household must be registered in the depot's division and the recipient be one of its"
                    + " members; the distribution names its disaster, and the household's limit for that disaster"
                    + " applies across all depots, counting only what it received for that disaster: the limit a"
                    + " county officer set (PUT /household-limits/{disasterId}/{itemCode}), else the configured"
                    + " default (supplies.household-limit.<item>). The allowance is claimed and the stock issued"
                    + " together, or neither is.")
    @APIResponse(responseCode = "201", description = "handed out; the lots it came from", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Distributed.class)))
    @APIResponse(responseCode = "409", description = "not enough usable stock, expired lot, household outside the"
            + " division, recipient not of the household, or beyond the household's limit")
    public Response distribute(@PathParam("depotId") UUID depotId, @NotNull @Valid NewDistribution body) {
        RegistryFacts.Depot depot = registry.depot(depotId).orElseThrow();
        RegistryFacts.Household household = registry.household(body.householdId())
                .orElseThrow(() -> new InvalidInput("householdId", "unknown household"));
        String itemCode = body.itemCode().strip();
        if (registry.item(body.itemCode()).isEmpty()) {
            throw new InvalidInput("itemCode", "unknown item " + body.itemCode());
        }
        if (!registry.disasterKnown(body.disasterId())) {
            throw new InvalidInput("disasterId", "unknown disaster");
        }
        UUID distributionId = commands.newId("distribution");
        Handed handed = commands.send(new DistributeToHousehold(depotId, depot.division(), distributionId,
                new Household(household.id(), household.division(), household.memberIdNumbers()), body.disasterId(),
                body.recipientName().strip(), body.recipientIdNumber().strip().toUpperCase(),
                new Want(itemCode, body.quantity(), body.lotId()), limits.of(body.disasterId(), itemCode),
                time.today()), body.reason());
        return Created.at("/api/supplies/depots/" + depotId + "/distributions/" + distributionId,
                new Distributed(distributionId, handed.lots()));
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "listDistributions", summary = "What a depot handed out (分发记录)",
            description = "One line per lot a distribution took from, newest first, optionally for one household.")
    @APIResponse(responseCode = "200", description = "a page of distribution lines")
    public ListPage<DistributionView> distributions(@PathParam("depotId") UUID depotId,
                                                    @QueryParam("household") UUID householdId,
                                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                    int size) {
        return queries.distributions(depotId, householdId, page, size);
    }
}
