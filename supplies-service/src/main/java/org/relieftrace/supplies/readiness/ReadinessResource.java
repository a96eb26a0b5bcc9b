package org.relieftrace.supplies.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.StockCommands.SetReserveNorm;

/** 储备定额、战备与资源配置图 — reserve norms per depot, readiness per division, and the resource map. */
@Path("/api/supplies")
@Tag(name = "Readiness", description = "储备定额, 战备, 应急资源配置图")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ReadinessResource {

    /** 储备定额 — the target quantity of one item at a depot. */
    @Schema(name = "ReserveNorm")
    public record Norm(@NotBlank @Size(max = 64) String itemCode, @NotNull @PositiveOrZero Long quantity,
                       @Size(max = 500) String reason) {
    }

    @Inject
    Commands commands;

    @Inject
    ReadinessQueries readiness;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;


    @PUT
    @Path("/depots/{depotId}/norms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "setReserveNorm", summary = "Set a reserve norm (储备定额)",
            description = "The target quantity of one item at a depot, by a supplies officer of its division.")
    @APIResponse(responseCode = "200", description = "the norm as set",
            content = @Content(schema = @Schema(implementation = Norm.class)))
    public Norm setNorm(@PathParam("depotId") UUID depotId, @NotNull @Valid Norm body) {
        if (registry.item(body.itemCode()).isEmpty()) {
            throw new InvalidInput("itemCode", "unknown item " + body.itemCode());
        }
        commands.send(new SetReserveNorm(depotId, body.itemCode().strip(), body.quantity()), body.reason());
        return body;
    }

    @GET
    @Path("/depots/{depotId}/norms")
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "listReserveNorms", summary = "A depot's reserve norms",
            description = "One norm per item, by item code.")
    @APIResponse(responseCode = "200", description = "one page of norms")
    public ListPage<ReadinessQueries.NormView> norms(@PathParam("depotId") UUID depotId,
                                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                     int size) {
        return readiness.norms(depotId, page, size);
    }

    @GET
    @Path("/readiness")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @APIResponse(responseCode = "200", description = "the division's readiness",
            content = @Content(schema = @Schema(implementation = ReadinessQueries.Readiness.class)))
    @Operation(operationId = "getReadiness", summary = "Readiness of a division (战备)",
            description = "On hand, reserved, in transit, expiring"
            + " within 90 days, expired, norm and gap per item, for the division and below, and per tier; beside"
            + " them what is left to call off the agreement reserves in force (callable, 协议储备) and what the"
            + " production-capacity agreements in force can make within withinDays days after their lead time"
            + " (producible, 产能储备).")
    public ReadinessQueries.Readiness readiness(@QueryParam("division") String division,
            @QueryParam("withinDays") @DefaultValue("3") @Min(0) @Max(365) int withinDays) {
        String scope = scope(division);
        return readiness.readiness(scope, prefix(scope), withinDays);
    }

    @GET
    @Path("/map")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @APIResponse(responseCode = "200", description = "a GeoJSON FeatureCollection",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)))
    @Operation(operationId = "getResourceMap", summary = "Resource map (应急资源配置图)",
            description = "GeoJSON FeatureCollection of the depots in the"
            + " division and below, each with its stock summary per item.")
    public Map<String, Object> map(@QueryParam("division") String division) {
        String scope = scope(division);
        List<Map<String, Object>> features = new ArrayList<>();
        for (ReadinessQueries.DepotSummary depot : readiness.depots(prefix(scope))) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("depotId", depot.depotId());
            properties.put("code", depot.code());
            properties.put("name", depot.name());
            properties.put("division", depot.division());
            properties.put("tier", depot.tier());
            properties.put("kind", depot.kind());
            properties.put("address", depot.address());
            properties.put("items", depot.items());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", depot.depotId());
            feature.put("geometry", depot.latitude() == null || depot.longitude() == null ? null
                    : Map.of("type", "Point", "coordinates", List.of(depot.longitude(), depot.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private String scope(String division) {
        return access.readingScope(division);
    }

    private static String prefix(String scope) {
        return scope == null ? "" : DivisionCode.of(scope).prefix();
    }
}
