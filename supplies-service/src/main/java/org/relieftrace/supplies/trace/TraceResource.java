package org.relieftrace.supplies.trace;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.trace.TraceViews.HandedOut;
import org.relieftrace.supplies.trace.TraceViews.LotStep;

/** 追溯 — where a lot came from and where every unit of it went. */
@Path("/api/supplies/lots/{lotId}")
@Tag(name = "Traceability", description = "追溯与召回 — backward to the receipt, forward to the households")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class TraceResource {

    @Inject
    TraceQueries trace;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @GET
    @Path("/trace")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @APIResponse(responseCode = "200", description = "the lot's lineage, legs and households",
            content = @Content(schema = @Schema(implementation = TraceViews.Trace.class)))
    @Operation(operationId = "traceLot", summary = "Trace a lot (追溯)",
            description = "Backward through every transfer to the inbound receipt"
            + " (contract or donation), and forward through every transfer and receipt down to the households;"
            + " reversed receipts and distributions are listed with their reversals (who asked, who approved, why).")
    public TraceViews.Trace trace(@PathParam("lotId") UUID lotId) {
        requireReadable(lotId);
        List<LotStep> backward = trace.backward(lotId);
        LotStep inbound = backward.get(backward.size() - 1);
        List<LotStep> forward = trace.forwardLots(lotId);
        List<UUID> family = TraceQueries.family(lotId, forward);
        return new TraceViews.Trace(lotId, backward, trace.origin(inbound.lotId()).orElse(null), forward,
                trace.legs(family), trace.distributions(family, true), trace.reversals(family));
    }

    @GET
    @Path("/recall")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @APIResponse(responseCode = "200", description = "the households to recall from",
            content = @Content(schema = @Schema(implementation = TraceViews.Recall.class)))
    @Operation(operationId = "recallLot", summary = "Recall (召回)",
            description = "The households that received goods from this lot or from"
            + " lots descended from it (a reversed distribution is not recalled).")
    public TraceViews.Recall recall(@PathParam("lotId") UUID lotId) {
        requireReadable(lotId);
        List<UUID> family = TraceQueries.family(lotId, trace.forwardLots(lotId));
        List<HandedOut> handedOut = trace.distributions(family, false);
        return new TraceViews.Recall(lotId, handedOut,
                handedOut.stream().map(HandedOut::householdId).distinct().count(),
                handedOut.stream().mapToLong(HandedOut::quantity).sum());
    }

    private void requireReadable(UUID lotId) {
        UUID depotId = trace.depotOf(lotId).orElseThrow(() -> new NotFound("lot", lotId));
        RegistryFacts.Depot depot = registry.depot(depotId).orElseThrow(() -> new NotFound("depot", depotId));
        access.requireReading(depot.division());
    }
}
