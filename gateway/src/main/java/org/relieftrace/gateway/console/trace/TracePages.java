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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

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
        JsonNode trace = api.get("/api/supplies/lots/" + lotId + "/trace");
        Map<String, String> t = pages.console().texts();
        List<Step> chain = new ArrayList<>();
        JsonNode origin = trace.path("origin");
        if (!origin.isMissingNode() && !origin.isNull()) {
            chain.add(new Step("origin", Formats.text(t, "source_",
                    origin.path("source").asText("")), origin.path("supplier").asText("") + " · "
                    + origin.path("reference").asText("") + " · " + origin.path("receivedOn").asText("")));
        }
        for (JsonNode lot : trace.path("backward")) {
            chain.add(lot("lot", lot));
        }
        for (JsonNode leg : trace.path("transfers")) {
            chain.add(new Step("transfer", t.get("transfer_title"), leg.path("quantity").asLong() + " · "
                    + t.get("transfer_received") + " " + leg.path("received").asText("") + " · "
                    + leg.path("reason").asText("")));
        }
        for (JsonNode lot : trace.path("forwardLots")) {
            chain.add(lot("lot", lot));
        }
        for (JsonNode given : trace.path("distributions")) {
            chain.add(new Step("household", given.path("recipientName").asText(""), "× "
                    + given.path("quantity").asLong() + " · " + given.path("at").asText("")));
        }
        return pages.page(page).data("lotId", lotId.toString()).data("chain", chain);
    }

    private Step lot(String kind, JsonNode lot) {
        return new Step(kind, lot.path("depotName").asText(""), directory.itemName(lot.path("itemCode").asText())
                + " · " + lot.path("lotNumber").asText() + " · " + lot.path("receivedQuantity").asLong() + " / "
                + lot.path("onHand").asLong());
    }
}
