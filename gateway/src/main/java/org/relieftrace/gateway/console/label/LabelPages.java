package org.relieftrace.gateway.console.label;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.label.LotLabels.Label;
import org.relieftrace.gateway.console.stock.StockViews.ReceiptView;
import org.relieftrace.gateway.console.trace.TraceViews.LotStep;
import org.relieftrace.gateway.console.trace.TraceViews.Trace;

import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 批次标签 — the lot labels of the console as PDF: every lot a receipt brought in (from the receipt's result page), or
 * one lot (from its trace page and the stock page). Each label's QR code holds the absolute address of the lot's
 * trace page (追溯), so a phone that scans it opens the console there, after a login if need be. The data comes
 * through the same API calls as the goods-received note and the trace page, so the services decide who sees what; an
 * unknown lot is the API's 404 on the console's problem page, and so is a receipt without lots (unknown, or not yet
 * projected: the API answers it empty).
 */
@Path("/console/labels")
@Produces("application/pdf")
@RunOnVirtualThread
public class LabelPages {

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    /** The console's address as its users reach it (e.g. behind a proxy); unset, the request's own is used. */
    @ConfigProperty(name = "relief.gateway.public-url")
    Optional<String> publicUrl;

    /** 批次标签 — a label for every lot of a receipt. */
    @GET
    @Path("/receipts/{depotId}/{receiptId}/sheet.pdf")
    public Response receipt(@PathParam("depotId") UUID depotId, @PathParam("receiptId") UUID receiptId,
                            @Context UriInfo uri) {
        ReceiptView receipt = api.get("/api/supplies/depots/" + depotId + "/receipts/" + receiptId,
                ReceiptView.class);
        if (receipt.lots().isEmpty()) {
            // the API answers an unknown receipt, or one still being projected, with no lots
            throw new ApiProblem(404, null, pages.console().text("labels_none"), null, List.of());
        }
        Directory.Depot depot = directory.depot(depotId.toString());
        String depotName = depot == null ? depotId.toString() : depot.name();
        String base = base(publicUrl, uri.getBaseUri());
        List<Label> labels = receipt.lots().stream().map(lot -> label(lot.lotId(), lot.lotNumber(), lot.itemCode(),
                lot.receivedQuantity(), lot.expiresOn(), depotName, lot.receivedOn(), base)).toList();
        return pdf(labels, "labels-" + receiptId.toString().substring(0, 8));
    }

    /** 批次标签 — the label of one lot; expiry and receipt date are those of the inbound receipt it descends from. */
    @GET
    @Path("/lots/{lotId}/label.pdf")
    public Response lot(@PathParam("lotId") UUID lotId, @Context UriInfo uri) {
        Trace trace = api.get("/api/supplies/lots/" + lotId + "/trace", Trace.class);
        LotStep lot = trace.backward().get(0); // the lot itself, then the lots it came from
        String expiresOn = trace.origin() == null ? null : trace.origin().expiresOn();
        String receivedOn = trace.origin() == null ? null : trace.origin().receivedOn();
        return pdf(List.of(label(lotId.toString(), lot.lotNumber(), lot.itemCode(), lot.receivedQuantity(), expiresOn,
                Objects.toString(lot.depotName(), ""), receivedOn, base(publicUrl, uri.getBaseUri()))),
                "label-" + lotId.toString().substring(0, 8));
    }

    /** The console's public origin without a trailing slash: the configured one, else the request's. */
    static String base(Optional<String> configured, URI requestBase) {
        String base = configured.filter(url -> !url.isBlank()).orElse(requestBase.toString()).strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a lot's trace page, as the label's QR code holds it. */
    static String traceUrl(String base, String lotId) {
        return base + "/console/lots/" + lotId + "/trace";
    }

    private Label label(String lotId, String lotNumber, String itemCode, long quantity, String expiresOn,
                        String depot, String receivedOn, String base) {
        Directory.Item item = directory.items().get(itemCode);
        String unit = item == null || item.unit() == null ? "" : " " + item.unit();
        return new Label(lotNumber, directory.itemName(itemCode), itemCode, Formats.qty(quantity) + unit,
                Objects.toString(expiresOn, ""), depot, Objects.toString(receivedOn, ""), traceUrl(base, lotId));
    }

    private Response pdf(List<Label> labels, String name) {
        Map<String, String> t = pages.console().texts();
        return Response.ok(LotLabels.render(t.get("labels_title"), labels, t), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
    }
}
