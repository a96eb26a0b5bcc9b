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
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.stock.StockViews;
import org.relieftrace.gateway.console.stock.StockViews.LotView;
import org.relieftrace.gateway.console.stocktake.StocktakeViews.StocktakeView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/**
 * 盘点 — a stocktake in the console: the keeper opens a count session for a depot, types the counted quantity of
 * every lot on the shelf with the reason of each variance and submits; a supplies officer (not who counted) approves;
 * the stocktake sheet (盘点表) prints as PDF. Which of these a user is offered is the session's {@code actions}.
 * Everything goes to {@code /api/supplies/depots/{id}/stocktakes}.
 */
@Path("/console/stocktakes")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class StocktakePages {

    /** One lot to count: the book quantity as the stock shows it. */
    @TemplateData
    public record Shelf(String lotId, String itemName, String lotNumber, long book) {
    }

    /** A count session in the depot's list. */
    @TemplateData
    public record Session(String id, String shortId, String status, String openedAt, String countedBy,
                          String approvedBy) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/stocktake.html")
    Template page;

    @Inject
    Excel excel;

    @Inject
    @Location("console/stocktakes.html")
    Template list;

    /** 盘点记录 — the depot's count sessions, open ones first, newest first. */
    @GET
    @Path("/{depotId}")
    public TemplateInstance stocktakes(@PathParam("depotId") UUID depotId) {
        return pages.page(list).data("depotId", depotId.toString()).data("depotName", depotName(depotId.toString()))
                .data("sessions", sessions(depotId)).data("key", Forms.newKey());
    }

    @POST
    @Path("/{depotId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("depotId") UUID depotId, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        StocktakeViews.Created created = api.post("/api/supplies/depots/" + depotId + "/stocktakes", body,
                key(fields), StocktakeViews.Created.class);
        return Response.seeOther(URI.create("/console/stocktakes/" + depotId + "/" + created.stocktakeId())).build();
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
        return Submission.send(() -> {
            api.post(path(depotId, stocktakeId) + "/" + step, StocktakeSheets.body(step, fields), key(fields));
            return "/console/stocktakes/" + depotId + "/" + stocktakeId + "?done=" + step;
        }, problem -> show(depotId, stocktakeId, problem, null));
    }

    /** 盘点表 — the stocktake sheet as PDF: depot, status, every lot with book, counted, variance and reason. */
    @GET
    @Path("/{depotId}/{stocktakeId}/sheet.pdf")
    @Produces("application/pdf")
    public Response sheet(@PathParam("depotId") UUID depotId, @PathParam("stocktakeId") UUID stocktakeId) {
        StocktakeView stocktake = api.get(path(depotId, stocktakeId), StocktakeView.class);
        byte[] pdf = StocktakeSheets.pdf(stocktakeId, depotName(depotId.toString()), stocktake.status(),
                StocktakeSheets.counted(stocktake, lotNumbers(shelf(depotId)), directory), pages.console().texts());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"stocktake-" + stocktakeId.toString().substring(0, 8) + ".pdf\"").build();
    }

    /**
     * One session. Right after a step the read model may not show it yet: while the session still offers the step
     * just taken, the page offers nothing and refreshes itself.
     */
    private TemplateInstance show(UUID depotId, UUID stocktakeId, ApiProblem problem, String done) {
        TemplateInstance shown = pages.page(page).data("problem", problem).data("key", Forms.newKey())
                .data("depotId", depotId.toString()).data("id", stocktakeId.toString())
                .data("depotName", depotName(depotId.toString()));
        StocktakeView stocktake;
        try {
            stocktake = api.get(path(depotId, stocktakeId), StocktakeView.class);
        } catch (ApiProblem notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
            return shown.data("status", null).data("lines", List.of()).data("shelf", List.of())
                    .data("sessions", List.of())
                    .data("canCount", false).data("canApprove", false).data("behind", true);
        }
        boolean behind = done != null && stocktake.actions().contains(done);
        List<LotView> lots = shelf(depotId);
        List<Shelf> shelf = new ArrayList<>();
        for (LotView lot : lots) {
            if (lot.onHand() > 0) {
                shelf.add(new Shelf(lot.lotId(), directory.itemName(lot.itemCode()), lot.lotNumber(), lot.onHand()));
            }
        }
        return shown.data("status", stocktake.status())
                .data("lines", StocktakeSheets.counted(stocktake, lotNumbers(lots), directory)).data("shelf", shelf)
                .data("sessions", sessions(depotId))
                .data("countedBy", text(stocktake.countedBy())).data("approvedBy", text(stocktake.approvedBy()))
                .data("behind", behind)
                .data("canCount", !behind && stocktake.actions().contains("counts"))
                .data("canApprove", !behind && stocktake.actions().contains("approve"));
    }

    /** 盘点记录导出 — the depot's count sessions, as the page lists them, as Excel. */
    @GET
    @Path("/{depotId}/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@PathParam("depotId") UUID depotId) {
        String depot = depotName(depotId.toString());
        return excel.file(List.of(excel.t("stocktakes_title"), depot), Sheet.of(excel.t("stocktakes_title") + " · "
                        + depot, sessions(depotId))
                .text(excel.t("stocktake_no"), Session::shortId).date(excel.t("stocktake_opened_at"), Session::openedAt)
                .text(excel.t("stocktake_status"), session -> excel.text("stocktake_status_", session.status()))
                .text(excel.t("sign_counter"), Session::countedBy).text(excel.t("sign_approver"), Session::approvedBy));
    }

    private List<Session> sessions(UUID depotId) {
        List<Session> sessions = new ArrayList<>();
        // a depot counts a few times a year: one page of the largest size holds its sessions
        for (StocktakeView session : api.list("/api/supplies/depots/" + depotId + "/stocktakes?size=500",
                StocktakeView.class).items()) {
            String id = session.stocktakeId();
            sessions.add(new Session(id, id.substring(0, Math.min(8, id.length())), session.status(),
                    Formats.time(text(session.openedAt())), text(session.countedBy()), text(session.approvedBy())));
        }
        return sessions;
    }

    private List<LotView> shelf(UUID depotId) {
        return api.get(StockViews.path(depotId.toString()), StockViews.DepotStockView.class).lots().items();
    }

    private static Map<String, String> lotNumbers(List<LotView> lots) {
        Map<String, String> numbers = new HashMap<>();
        lots.forEach(lot -> numbers.put(lot.lotId(), lot.lotNumber()));
        return numbers;
    }

    private static String path(UUID depotId, UUID stocktakeId) {
        return "/api/supplies/depots/" + depotId + "/stocktakes/" + stocktakeId;
    }

    private String depotName(String depotId) {
        Directory.Depot depot = directory.depot(depotId);
        return depot == null ? depotId : depot.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
