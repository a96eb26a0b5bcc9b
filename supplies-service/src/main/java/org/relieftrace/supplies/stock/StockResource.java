package org.relieftrace.supplies.stock;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.platform.request.OptionalParameter;

/** 库存 — what a depot holds, and what the depots of a division hold (now or at a moment). */
@Path("/api/supplies")
@Tag(name = "Stock", description = "库存 — what a depot holds, lot by lot")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class StockResource {

    @Inject
    StockQueries queries;

    @Inject
    DivisionAccess access;

    @GET
    @Path("/stock")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getDivisionStock", summary = "A division's stock, now or at a moment (区域库存)",
            description = "Totals per item and per depot for the division (default: the caller's) and below. With at"
                    + " (ISO-8601 instant) the stock is replayed from the depots' events up to that moment.")
    @APIResponse(responseCode = "200", description = "the stock", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockViews.DivisionStock.class)))
    @APIResponse(responseCode = "400", description = "malformed division or moment")
    public StockViews.DivisionStock divisionStock(@QueryParam("division") String division,
                                                  @QueryParam("at") String at) {
        String scope = access.readingScope(division);
        return queries.divisionStock(scope == null ? null : DivisionCode.of(scope), moment(at));
    }

    private static Instant moment(String at) {
        return OptionalParameter.parse(at, Instant::parse, "at",
                "must be an ISO-8601 instant, e.g. 2026-07-20T10:00:00Z");
    }

    @GET
    @Path("/depots/{depotId}/stock")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "getDepotStock", summary = "A depot's stock (库存)", description = "Totals per item,"
            + " and one page of the lots on the shelf (lots.items), by item and earliest expiry first.")
    @APIResponse(responseCode = "200", description = "the stock", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockViews.DepotStockView.class)))
    @APIResponse(responseCode = "404", description = "unknown depot")
    public StockViews.DepotStockView stock(@PathParam("depotId") UUID depotId,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.depotStock(depotId, page, size);
    }
}
