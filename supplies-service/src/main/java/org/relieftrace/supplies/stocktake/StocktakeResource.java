package org.relieftrace.supplies.stocktake;

import java.util.List;
import java.util.UUID;

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
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.supplies.registryfacts.DepotActing;
import org.relieftrace.supplies.registryfacts.DepotReading;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockCommands.Count;
import org.relieftrace.supplies.stock.StockCommands.RecordCount;
import org.relieftrace.supplies.stock.StockCommands.StartStocktake;
import org.relieftrace.supplies.stocktake.StocktakeRequests.Counts;
import org.relieftrace.supplies.stocktake.StocktakeRequests.Note;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeRef;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeSummary;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeView;

/** 盘点 — count a depot's shelf, explain every variance, approve: the book then equals the shelf. */
@Path("/api/supplies/depots/{depotId}/stocktakes")
@Tag(name = "Stocktakes", description = "盘点 — count, variances with reasons, approval, adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StocktakeResource {

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    StocktakeQueries queries;

    @Inject
    DepotActing acting;

    @Inject
    DepotReading depots;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "startStocktake", summary = "Open a count session (盘点)",
            description = "One session per depot at a time.")
    @APIResponse(responseCode = "201", description = "opened; Location names the session", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeRef.class)))
    @APIResponse(responseCode = "409", description = "a session is still open")
    public Response start(@PathParam("depotId") UUID depotId, @Valid Note body) {
        UUID stocktakeId = commands.newId("stocktake");
        commands.send(new StartStocktake(depotId, stocktakeId, caller.get().userId()),
                body == null ? null : body.reason());
        return Created.at("/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId,
                new StocktakeRef(stocktakeId));
    }

    @POST
    @Path("/{stocktakeId}/counts")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "recordStocktakeCount", summary = "Record what was counted (盘点录入)",
            description = "Per lot; a variance against the book needs its reason.")
    @APIResponse(responseCode = "200", description = "recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeRef.class)))
    @APIResponse(responseCode = "400", description = "invalid input, or a variance without its reason")
    @APIResponse(responseCode = "409", description = "the session is not open, or a lot is not in this depot")
    public StocktakeRef count(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId,
                              @NotNull @Valid Counts body) {
        List<Count> counts = body.lines().stream().map(l -> new Count(l.lotId(), l.counted(), l.reason())).toList();
        commands.send(new RecordCount(depotId, stocktakeId, counts, caller.get().userId()), body.reason());
        return new StocktakeRef(stocktakeId);
    }

    @POST
    @Path("/{stocktakeId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @RunOnVirtualThread
    @Operation(operationId = "approveStocktake", summary = "Approve the count (盘点审批)",
            description = "Every variance becomes an adjustment; not by who opened or counted the session"
                    + " (409 separation-of-duties).")
    @APIResponse(responseCode = "200", description = "approved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeRef.class)))
    @APIResponse(responseCode = "409", description = "not open, not counted, approved by who opened or counted it, or a"
            + " lot would hold less than is reserved from it")
    public StocktakeRef approve(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId,
                                @Valid Note body) {
        commands.send(new ApproveStocktake(depotId, stocktakeId, caller.get().userId()),
                body == null ? null : body.reason());
        return new StocktakeRef(stocktakeId);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(operationId = "listStocktakes", summary = "A depot's count sessions",
            description = "Open and counted ones first, then newest first; each with the actions the caller may take.")
    @APIResponse(responseCode = "200", description = "a page of count sessions")
    public Uni<ListPage<StocktakeSummary>> stocktakes(@PathParam("depotId") UUID depotId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return depots.readable(depotId)
                .chain(depot -> queries.stocktakes(depotId, caller.get(), acting.mayAct(depot), page, size));
    }

    @GET
    @Path("/{stocktakeId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(operationId = "getStocktake", summary = "A count session (盘点单)",
            description = "With its variance lines and the actions the caller may take on it now.")
    @APIResponse(responseCode = "200", description = "the session", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeView.class)))
    @APIResponse(responseCode = "404", description = "no such session at this depot")
    public Uni<StocktakeView> stocktake(@PathParam("depotId") UUID depotId,
                                        @PathParam("stocktakeId") UUID stocktakeId) {
        return depots.readable(depotId)
                .chain(depot -> queries.stocktake(depotId, stocktakeId, caller.get(), acting.mayAct(depot)))
                .map(found -> found.orElseThrow(() -> new NotFound("stocktake", stocktakeId)));
    }
}
