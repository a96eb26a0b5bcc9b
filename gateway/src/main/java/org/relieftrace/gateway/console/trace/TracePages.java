package org.relieftrace.gateway.console.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.trace.TraceViews.HandedOut;
import org.relieftrace.gateway.console.trace.TraceViews.Leg;
import org.relieftrace.gateway.console.trace.TraceViews.LotStep;
import org.relieftrace.gateway.console.trace.TraceViews.Origin;
import org.relieftrace.gateway.console.trace.TraceViews.Trace;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;


/**
 * 追溯 — a lot's trace in the console, as one vertical chain: the inbound receipt (contract or donation, supplier or
 * donor), every lot the goods lay in, the transfers that moved them, and the households that received them. Drawn
 * from {@code /api/supplies/lots/{id}/trace}.
 */
@Path("/console/lots")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class TracePages {

    /** One link of the chain: what it is, its title and its facts. */
    @TemplateData
    public record Step(String kind, String title, String facts) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/trace.html")
    Template page;

    @GET
    @Path("/{lotId}/trace")
    public TemplateInstance trace(@PathParam("lotId") UUID lotId) {
        Trace trace = api.get("/api/supplies/lots/" + lotId + "/trace", Trace.class);
        Map<String, String> t = pages.console().texts();
        List<Step> chain = new ArrayList<>();
        Origin origin = trace.origin();
        if (origin != null) {
            chain.add(new Step("origin", Formats.text(t, "source_", text(origin.source())), text(origin.supplier())
                    + " · " + text(origin.reference()) + " · " + text(origin.receivedOn())));
        }
        trace.backward().forEach(lot -> chain.add(lot("lot", lot)));
        for (Leg leg : trace.transfers()) {
            chain.add(new Step("transfer", t.get("transfer_title"), leg.quantity() + " · " + t.get("transfer_received")
                    + " " + (leg.received() == null ? "" : leg.received()) + " · " + text(leg.reason())));
        }
        trace.forwardLots().forEach(lot -> chain.add(lot("lot", lot)));
        for (HandedOut given : trace.distributions()) {
            chain.add(new Step("household", text(given.recipientName()), "× " + given.quantity() + " · "
                    + text(given.at())));
        }
        return pages.page(page).data("lotId", lotId.toString()).data("chain", chain);
    }

    private Step lot(String kind, LotStep lot) {
        return new Step(kind, text(lot.depotName()), directory.itemName(lot.itemCode()) + " · " + lot.lotNumber()
                + " · " + lot.receivedQuantity() + " / " + lot.onHand());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
