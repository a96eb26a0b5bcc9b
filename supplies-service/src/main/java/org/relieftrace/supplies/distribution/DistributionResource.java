package org.relieftrace.supplies.distribution;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.supplies.distribution.AllowanceMessages.ClaimAllowance;
import org.relieftrace.supplies.distribution.AllowanceMessages.ReleaseAllowance;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands;
import org.relieftrace.supplies.stock.StockCommands.DistributeStock;
import org.relieftrace.supplies.stock.StockCommands.Want;

/** 分发 — goods handed from a village (or township) depot to a household registered in its division. */
@Path("/api/supplies/depots/{depotId}/distributions")
@Tag(name = "Distributions", description = "分发 — goods handed to households")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DistributionResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** 分发单 — one item to one household for one disaster; {@code lotId} names a lot, else first expiry first out. */
    @Schema(name = "DistributionRequest")
    public record NewDistribution(@NotNull UUID householdId, @NotNull UUID disasterId,
                                  @NotBlank @Size(max = 64) String itemCode, @NotNull @Positive Long quantity,
                                  UUID lotId, @NotBlank @Size(max = 100) String recipientName,
                                  @NotBlank @Size(min = 18, max = 18) String recipientIdNumber,
                                  @Size(max = 500) String reason) {
    }

    /** What a distribution answers: the lots the goods came from. */
    public record Distributed(UUID distributionId, List<LotQuantity> lots) {
    }

    /** One distribution line as recorded. */
    public record DistributionView(UUID distributionId, UUID householdId, UUID disasterId, UUID lotId,
                                   String itemCode, String lotNumber, long quantity, String recipientName) {
    }

    @Inject
    Commands commands;

    @Inject
    RegistryFacts registry;

    @Inject
    Sql sql;

    @Inject
    Config config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Hand goods to a household (分发)", description = "The household must be registered in the"
            + " depot's division; per-household limits per disaster apply across all depots"
            + " (supplies.household-limit.<item>).")
    @APIResponse(responseCode = "201", description = "handed out; the lots it came from")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "not enough usable stock, expired lot, household outside the"
            + " division, recipient not of the household, or beyond the household's limit")
    public Response distribute(@PathParam("depotId") UUID depotId, @NotNull @Valid NewDistribution body) {
        RegistryFacts.Depot depot = registry.depot(depotId).orElseThrow();
        RegistryFacts.Household household = registry.household(body.householdId())
                .orElseThrow(() -> new InvalidInput("householdId", "unknown household"));
        if (registry.item(body.itemCode()).isEmpty()) {
            throw new InvalidInput("itemCode", "unknown item " + body.itemCode());
        }
        if (!registry.disasterKnown(body.disasterId())) {
            throw new InvalidInput("disasterId", "unknown disaster");
        }
        if (!Divisions.contains(depot.division(), household.division())) {
            throw new DomainRuleViolation("household-outside-division", "Household " + household.id()
                    + " lives in " + household.division() + ", outside the depot's division " + depot.division(),
                    household.division(), depot.division());
        }
        if (!household.memberIdNumbers().contains(body.recipientIdNumber().strip().toUpperCase())) {
            throw new DomainRuleViolation("recipient-not-member", "The recipient is not a member of household "
                    + household.id(), household.id());
        }
        Long limit = config.getOptionalValue("supplies.household-limit." + body.itemCode().strip(), Long.class)
                .orElse(null);
        UUID distributionId = commands.newId("distribution");
        String allowance = AllowanceMessages.allowanceId(household.id(), body.disasterId());
        if (limit != null) {
            commands.sendFollowUp(new ClaimAllowance(allowance, household.id(), body.disasterId(), distributionId,
                    body.itemCode().strip(), body.quantity(), limit), body.reason());
        }
        StockCommands.Handed handed;
        try {
            handed = commands.send(new DistributeStock(depotId, distributionId, household.id(), body.disasterId(),
                    body.recipientName().strip(), body.recipientIdNumber().strip().toUpperCase(),
                    new Want(body.itemCode().strip(), body.quantity(), body.lotId()), limit, LocalDate.now(CHINA)),
                    body.reason());
        } catch (RuntimeException e) {
            if (limit != null) {
                commands.sendFollowUp(new ReleaseAllowance(allowance, distributionId), "分发未成功，退回限额");
            }
            throw e;
        }
        return Response.created(URI.create("/api/supplies/depots/" + depotId + "/distributions/" + distributionId))
                .entity(new Distributed(distributionId, handed.lots())).build();
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(summary = "What a depot handed out", description = "Newest first, optionally for one household")
    public List<DistributionView> distributions(@PathParam("depotId") UUID depotId,
                                                @QueryParam("household") UUID householdId,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return sql.list("""
                SELECT m.distribution_id, m.household_id, m.reference_id, m.lot_id, l.item_code, l.lot_number,
                       -m.quantity, m.reason
                FROM supplies.lot_movement m JOIN supplies.lot_stock l ON l.lot_id = m.lot_id
                WHERE m.depot_id = ? AND m.kind = 'DISTRIBUTED' AND (?::uuid IS NULL OR m.household_id = ?::uuid)
                ORDER BY m.happened_at DESC, m.distribution_id LIMIT ? OFFSET ?""",
                rows -> new DistributionView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getString(5),
                        rows.getString(6), rows.getLong(7), rows.getString(8)),
                depotId, householdId, householdId, size, (long) page * size);
    }
}
