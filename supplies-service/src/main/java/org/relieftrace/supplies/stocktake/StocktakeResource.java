package org.relieftrace.supplies.stocktake;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockCommands.Count;
import org.relieftrace.supplies.stock.StockCommands.RecordCount;
import org.relieftrace.supplies.stock.StockCommands.StartStocktake;

/** 盘点 — count a depot's shelf, explain every variance, approve: the book then equals the shelf. */
@Path("/api/supplies/depots/{depotId}/stocktakes")
@Tag(name = "Stocktakes", description = "盘点 — count, variances with reasons, approval, adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class StocktakeResource {

    /** The counted quantities. */
    @Schema(name = "StocktakeCount")
    public record Counts(@NotEmpty @Size(max = 1000) @Valid List<Line> lines, @Size(max = 500) String reason) {
    }

    /** One lot counted; a variance needs its reason. */
    @Schema(name = "StocktakeCountLine")
    public record Line(@NotNull UUID lotId, @NotNull @PositiveOrZero Long counted, @Size(max = 500) String reason) {
    }

    /** Why, for opening and approving. */
    @Schema(name = "StocktakeNote")
    public record Note(@Size(max = 500) String reason) {
    }

    /** What the stocktake endpoints answer. */
    public record StocktakeRef(UUID stocktakeId) {
    }

    /** One variance line. */
    public record LineView(UUID lotId, String itemCode, long book, long counted, long variance, String reason) {
    }

    /** A count session in a depot's list, without its lines. */
    public record StocktakeSummary(UUID stocktakeId, String status, Instant openedAt, String countedBy,
                                   String approvedBy) {
    }

    /** 盘点单. */
    public record StocktakeView(UUID stocktakeId, String status, String countedBy, String approvedBy,
                                List<LineView> lines) {
    }

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    Sql sql;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Open a count session (盘点)")
    public Response start(@PathParam("depotId") UUID depotId, @Valid Note body) {
        UUID stocktakeId = commands.newId("stocktake");
        commands.send(new StartStocktake(depotId, stocktakeId), body == null ? null : body.reason());
        return Response.created(URI.create("/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId))
                .entity(new StocktakeRef(stocktakeId)).build();
    }

    @POST
    @Path("/{stocktakeId}/counts")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Record what was counted", description = "Per lot; a variance needs its reason.")
    public StocktakeRef count(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId,
                              @NotNull @Valid Counts body) {
        List<Count> counts = body.lines().stream().map(l -> new Count(l.lotId(), l.counted(), l.reason())).toList();
        for (int i = 0; i < counts.size(); i++) {
            UUID lot = counts.get(i).lotId();
            long book = sql.one("SELECT on_hand FROM supplies.lot_stock WHERE lot_id = ? AND depot_id = ?",
                    rows -> rows.getLong(1), lot, depotId).orElse(counts.get(i).counted());
            if (book != counts.get(i).counted() && (counts.get(i).reason() == null
                    || counts.get(i).reason().isBlank())) {
                throw new InvalidInput("lines[" + i + "].reason", "a variance needs its reason");
            }
        }
        commands.send(new RecordCount(depotId, stocktakeId, counts, caller.get().userId()), body.reason());
        return new StocktakeRef(stocktakeId);
    }

    @POST
    @Path("/{stocktakeId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(summary = "Approve the count", description = "Every variance becomes an adjustment; not by who counted.")
    public StocktakeRef approve(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId,
                                @Valid Note body) {
        commands.send(new ApproveStocktake(depotId, stocktakeId, caller.get().userId()),
                body == null ? null : body.reason());
        return new StocktakeRef(stocktakeId);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(summary = "A depot's count sessions", description = "Newest first; open and counted ones first.")
    public List<StocktakeSummary> stocktakes(@PathParam("depotId") UUID depotId) {
        return sql.list("""
                SELECT stocktake_id, status, opened_at, counted_by, approved_by FROM supplies.stocktake
                WHERE depot_id = ? ORDER BY status = 'APPROVED', opened_at DESC NULLS LAST LIMIT 200""",
                rows -> new StocktakeSummary(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getTimestamp(3) == null ? null : rows.getTimestamp(3).toInstant(), rows.getString(4),
                        rows.getString(5)), depotId);
    }

    @GET
    @Path("/{stocktakeId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(summary = "A count session with its variance lines")
    public StocktakeView stocktake(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId) {
        List<LineView> lines = sql.list("SELECT lot_id, item_code, book, counted, reason FROM supplies.stocktake_line"
                        + " WHERE stocktake_id = ? ORDER BY item_code, lot_id",
                rows -> new LineView(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                        rows.getLong(4), rows.getLong(4) - rows.getLong(3), rows.getString(5)), stocktakeId);
        return sql.one("SELECT status, counted_by, approved_by FROM supplies.stocktake WHERE stocktake_id = ?"
                        + " AND depot_id = ?", rows -> new StocktakeView(stocktakeId, rows.getString(1),
                        rows.getString(2), rows.getString(3), lines), stocktakeId, depotId)
                .orElseThrow(() -> new NotFound("stocktake", stocktakeId));
    }
}
