package org.relieftrace.gateway.console.stocktake;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.print.SheetPdf;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

import static org.relieftrace.gateway.console.Forms.at;
import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.number;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/**
 * 盘点 — a stocktake in the console: the keeper opens a count session for a depot, types the counted quantity of
 * every lot on the shelf with the reason of each variance and submits; a supplies officer (not who counted) approves;
 * the stocktake sheet (盘点表) prints as PDF. Everything goes to {@code /api/supplies/depots/{id}/stocktakes}.
 */
@Path("/console/stocktakes")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class StocktakePages {

    /** One lot to count: the book quantity as the stock shows it. */
    @TemplateData
    public record Shelf(String lotId, String itemName, String lotNumber, long book) {
    }

    /** One counted line of the stocktake. */
    @TemplateData
    public record Counted(String itemName, String lotNumber, long book, long counted, long variance, String reason) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    /** A count session in the depot's list. */
    @TemplateData
    public record Session(String id, String shortId, String status, String openedAt, String countedBy,
                          String approvedBy) {
    }

    @Inject
    @Location("console/stocktake.html")
    Template page;

    @Inject
    @Location("console/stocktakes.html")
    Template list;

    /** 盘点记录 — the depot's count sessions, open ones first, newest first. */
    @GET
    @Path("/{depotId}")
    public TemplateInstance stocktakes(@PathParam("depotId") UUID depotId) {
        return pages.page(list).data("depotId", depotId.toString()).data("depotName", depotName(depotId.toString()))
                .data("sessions", sessions(depotId)).data("key", UUID.randomUUID().toString());
    }

    @POST
    @Path("/{depotId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("depotId") UUID depotId, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        JsonNode created = api.post("/api/supplies/depots/" + depotId + "/stocktakes", body, key(fields));
        return Response.seeOther(URI.create("/console/stocktakes/" + depotId + "/"
                + created.path("stocktakeId").asText())).build();
    }

    @GET
    @Path("/{depotId}/{stocktakeId}")
    public TemplateInstance stocktake(@PathParam("depotId") UUID depotId,
                                      @PathParam("stocktakeId") UUID stocktakeId, @QueryParam("done") String done) {
        return show(depotId, stocktakeId, null, done);
    }

    @POST
    @Path("/{depotId}/{stocktakeId}/{step:counts|approve}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId,
                         @PathParam("step") String step, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        if (step.equals("counts")) {
            List<Map<String, Object>> lines = new ArrayList<>();
            List<String> lots = fields.getOrDefault("lotId", List.of());
            for (int i = 0; i < lots.size(); i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("lotId", lots.get(i));
                String counted = at(fields, "counted", i);
                if (!counted.isBlank()) {
                    line.put("counted", number(counted));
                }
                put(line, "reason", at(fields, "lineReason", i));
                lines.add(line);
            }
            body.put("lines", lines);
        }
        try {
            api.post("/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId + "/" + step, body,
                    key(fields));
            return Response.seeOther(URI.create("/console/stocktakes/" + depotId + "/" + stocktakeId + "?done=" + step))
                    .build();
        } catch (ApiProblem problem) {
            return Response.ok(show(depotId, stocktakeId, problem, null)).build();
        }
    }

    /** 盘点表 — the stocktake sheet as PDF: depot, status, every lot with book, counted, variance and reason. */
    @GET
    @Path("/{depotId}/{stocktakeId}/sheet.pdf")
    @Produces("application/pdf")
    public Response sheet(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId) {
        JsonNode stocktake = api.get("/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId);
        Map<String, String> t = pages.console().texts();
        List<List<String>> rows = new ArrayList<>();
        for (Counted line : counted(stocktake, lotNumbers(depotId))) {
            rows.add(List.of(line.itemName(), line.lotNumber(), Long.toString(line.book()),
                    Long.toString(line.counted()), Long.toString(line.variance()), line.reason()));
        }
        byte[] pdf = SheetPdf.render(new SheetPdf.Sheet(t.get("stocktake_sheet"), List.of(
                t.get("stocktake_no") + "：" + stocktakeId,
                t.get("depot") + "：" + depotName(depotId.toString()),
                t.get("stocktake_status") + "：" + t.get("stocktake_status_" + stocktake.path("status").asText())),
                List.of(t.get("item"), t.get("lot_number"), t.get("stocktake_book"), t.get("stocktake_counted"),
                        t.get("stocktake_variance"), t.get("reason")),
                new float[] {3, 3, 1.5f, 1.5f, 1.5f, 4}, rows,
                List.of(t.get("sign_counter"), t.get("sign_approver"))));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"stocktake-" + stocktakeId.toString().substring(0, 8) + ".pdf\"").build();
    }

    private TemplateInstance show(UUID depotId, UUID stocktakeId, ApiProblem problem, String done) {
        Viewer me = pages.console().viewer();
        TemplateInstance shown = pages.page(page).data("problem", problem).data("key", UUID.randomUUID().toString())
                .data("depotId", depotId.toString()).data("id", stocktakeId.toString())
                .data("depotName", depotName(depotId.toString()));
        JsonNode stocktake;
        try {
            stocktake = api.get("/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId);
        } catch (ApiProblem notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
            return shown.data("status", null).data("lines", List.of()).data("shelf", List.of())
                    .data("sessions", List.of())
                    .data("canCount", false).data("canApprove", false).data("behind", true);
        }
        String status = stocktake.path("status").asText();
        // while the read model still shows the status before the step, the page refreshes itself
        boolean behind = "counts".equals(done) && status.equals("OPEN")
                || "approve".equals(done) && status.equals("COUNTED");
        Map<String, String> numbers = new HashMap<>();
        List<Shelf> shelf = new ArrayList<>();
        for (JsonNode lot : api.get("/api/supplies/depots/" + depotId + "/stock?size=1000").path("lots")) {
            numbers.put(lot.path("lotId").asText(), lot.path("lotNumber").asText());
            if (lot.path("onHand").asLong() > 0) {
                shelf.add(new Shelf(lot.path("lotId").asText(), directory.itemName(lot.path("itemCode").asText()),
                        lot.path("lotNumber").asText(), lot.path("onHand").asLong()));
            }
        }
        return shown.data("status", status).data("lines", counted(stocktake, numbers)).data("shelf", shelf)
                .data("sessions", sessions(depotId))
                .data("countedBy", stocktake.path("countedBy").asText(""))
                .data("approvedBy", stocktake.path("approvedBy").asText(""))
                .data("behind", behind)
                .data("canCount", !behind && status.equals("OPEN") && me.movesSupplies())
                .data("canApprove", !behind && status.equals("COUNTED") && me.approvesTransfers());
    }

    private List<Session> sessions(UUID depotId) {
        List<Session> sessions = new ArrayList<>();
        for (JsonNode session : api.get("/api/supplies/depots/" + depotId + "/stocktakes")) {
            String id = session.path("stocktakeId").asText();
            sessions.add(new Session(id, id.substring(0, Math.min(8, id.length())), session.path("status").asText(),
                    Formats.time(session.path("openedAt").asText("")), session.path("countedBy").asText(""),
                    session.path("approvedBy").asText("")));
        }
        return sessions;
    }

    private List<Counted> counted(JsonNode stocktake, Map<String, String> lotNumbers) {
        List<Counted> lines = new ArrayList<>();
        for (JsonNode line : stocktake.path("lines")) {
            String lotId = line.path("lotId").asText();
            lines.add(new Counted(directory.itemName(line.path("itemCode").asText()),
                    lotNumbers.getOrDefault(lotId, lotId.substring(0, Math.min(8, lotId.length()))),
                    line.path("book").asLong(), line.path("counted").asLong(), line.path("variance").asLong(),
                    line.path("reason").asText("")));
        }
        return lines;
    }

    private Map<String, String> lotNumbers(UUID depotId) {
        Map<String, String> numbers = new HashMap<>();
        for (JsonNode lot : api.get("/api/supplies/depots/" + depotId + "/stock?size=1000").path("lots")) {
            numbers.put(lot.path("lotId").asText(), lot.path("lotNumber").asText());
        }
        return numbers;
    }

    private String depotName(String depotId) {
        Directory.Depot depot = directory.depot(depotId);
        return depot == null ? depotId : depot.name();
    }
}
