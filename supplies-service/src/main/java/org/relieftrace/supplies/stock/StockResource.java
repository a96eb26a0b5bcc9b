package org.relieftrace.supplies.stock;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.platform.security.ReadsIn;

/** 库存 — what a depot holds, and what the depots of a division hold (now or at a moment). */
@Path("/api/supplies")
@Tag(name = "Stock", description = "库存 — what a depot holds, lot by lot")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class StockResource {

    @Inject
    QueryGateway queries;

    @Inject
    StockAtMoment history;

    @Inject
    DivisionAccess access;

    @GET
    @Path("/stock")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "A division's stock, now or at a moment (区域库存)", description = "Totals per item and per"
            + " depot for the division and below. With at (ISO-8601 instant) the stock is replayed from the depots'"
            + " events up to that moment.")
    @APIResponse(responseCode = "200", description = "the stock")
    @APIResponse(responseCode = "400", description = "malformed division or moment")
    public StockAtMoment.DivisionStock divisionStock(@QueryParam("division") String division,
                                                     @QueryParam("at") String at) {
        Instant moment = null;
        if (at != null && !at.isBlank()) {
            try {
                moment = Instant.parse(at.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("at", "must be an ISO-8601 instant, e.g. 2026-07-20T10:00:00Z");
            }
        }
        String scope = access.readingScope(division);
        return history.stock(scope, scope == null ? "" : Divisions.significantPrefix(scope), moment);
    }

    @GET
    @Path("/depots/{depotId}/stock")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(summary = "A depot's stock", description = "Totals per item and a page of lots, earliest expiry first")
    @APIResponse(responseCode = "200", description = "the stock")
    @APIResponse(responseCode = "403", description = "depot outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown depot")
    public StockViews.DepotStockView stock(@PathParam("depotId") UUID depotId,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return queries.query(new FindDepotStock(depotId, page, size),
                ResponseTypes.instanceOf(StockViews.DepotStockView.class)).join();
    }
}
