package org.relieftrace.gateway.console.request;

import java.util.ArrayList;
import java.util.Arrays;
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

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Forms.ItemLine;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.RegistryViews.DisasterView;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.request.RequestViews.ItemView;
import org.relieftrace.gateway.console.request.RequestViews.RequestView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;


import static org.relieftrace.gateway.console.Forms.itemBodies;
import static org.relieftrace.gateway.console.Forms.itemLines;
import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.padded;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * 需求申报 — supply requests in the console. A supplies officer sees the requests from below (下级需求申报) of their
 * division with what was asked, delivered and still outstanding, approves or rejects those whose approval waits on
 * their tier (village → township → county), and starts a transfer that fulfils an approved request; a keeper or a
 * township's or village's staff raises a request for a disaster. Everything goes to {@code /api/supplies/requests}.
 */
@Path("/console/requests")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class RequestPages {

    /** One item of a request: asked, delivered by transfers naming it, outstanding. */
    @TemplateData
    public record Item(String itemName, long quantity, long fulfilled, long outstanding) {
    }

    /** A request as the list shows it, with what the user may do with it. */
    @TemplateData
    public record Row(String id, String shortId, String divisionCode, String place, String disaster,
                      int affectedPeople, String status, List<String> approvedBy, String awaiting, String submittedAt,
                      List<Item> items, List<String> actions, boolean canFulfil) {

        /** Whether the service offers the user this step ({@code approve}, {@code reject}) now. */
        public boolean can(String verb) {
            return actions.contains(verb);
        }

        /** Whether the user may decide the request now (approve or reject). */
        public boolean canDecide() {
            return can("approve") || can("reject");
        }
    }

    /** A disaster to ask for. */
    @TemplateData
    public record Disaster(String id, String name) {
    }

    /** A new request as typed. */
    @TemplateData
    public record Form(String key, String disasterId, String affectedPeople, String reason, List<ItemLine> lines) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    Excel excel;

    @Inject
    @Location("console/requests.html")
    Template page;

    @GET
    public TemplateInstance requests(@QueryParam("status") String status, @QueryParam("raised") String raised,
                                     @QueryParam("decided") String decided) {
        return show(statuses().contains(status) ? status : null, raised, decided, blank(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(MultivaluedMap<String, String> fields) {
        List<ItemLine> lines = itemLines(fields);
        Form form = new Form(key(fields), one(fields, "disasterId"), one(fields, "affectedPeople"),
                one(fields, "reason"), lines);
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "divisionCode", pages.console().viewer().division());
        put(body, "disasterId", form.disasterId());
        putNumber(body, "affectedPeople", form.affectedPeople());
        put(body, "reason", form.reason());
        body.put("items", itemBodies(lines));
        return Submission.send(() -> "/console/requests?raised=" + api.post("/api/supplies/requests", body,
                form.key(), RequestViews.Created.class).requestId(), problem -> show(null, null, null,
                new Form(form.key(), form.disasterId(), form.affectedPeople(), form.reason(), padded(lines, 3)),
                problem));
    }

    @POST
    @Path("/{requestId}/{step:approve|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("requestId") UUID requestId, @PathParam("step") String step,
                           MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> {
            api.post("/api/supplies/requests/" + requestId + "/" + step, body, key(fields));
            return "/console/requests?decided=" + requestId;
        }, problem -> show(null, null, null, blank(), problem));
    }

    private TemplateInstance show(String status, String raised, String decided, Form form, ApiProblem problem) {
        Viewer me = pages.console().viewer();
        Map<String, String> disasters = disasters(me);
        List<Row> rows = new ArrayList<>();
        boolean pending = false;
        int awaitingMe = 0;
        // the requests of a division in one page of the largest size; the status filter narrows it
        ListPage<RequestView> answer = api.list(Paging.page(listPath(status), 500, 0), RequestView.class);
        for (Row row : rows(answer.items(), me, disasters)) {
            // the read model follows a step a moment later: until then the page refreshes and offers nothing
            boolean behind = row.id().equals(decided) && row.canDecide();
            pending |= behind;
            awaitingMe += row.canDecide() ? 1 : 0;
            rows.add(behind ? new Row(row.id(), row.shortId(), row.divisionCode(), row.place(), row.disaster(),
                    row.affectedPeople(), row.status(), row.approvedBy(), row.awaiting(), row.submittedAt(),
                    row.items(), List.of(), false) : row);
        }
        pending |= raised != null && rows.stream().noneMatch(row -> row.id().equals(raised));
        List<Disaster> choices = new ArrayList<>();
        disasters.forEach((id, name) -> choices.add(new Disaster(id, name)));
        return pages.page(page).data("rows", rows).data("status", status == null ? "" : status)
                .data("statuses", statuses()).data("awaitingMe", awaitingMe).data("pending", pending)
                .data("problem", problem).data("form", form).data("disasters", choices)
                .data("items", directory.items().values()).data("canRaise", raises(me));
    }

    /**
     * 需求申报导出 — every request of the status asked (all pages), one line per item asked with what was delivered
     * and what is outstanding, as Excel.
     */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("status") String status) {
        String chosen = statuses().contains(status) ? status : null;
        Viewer me = pages.console().viewer();
        Paging.All<RequestView> all = Paging.all(api, listPath(chosen), RequestView.class);
        List<Line> lines = new ArrayList<>();
        for (Row row : rows(all.items(), me, disasters(me))) {
            (row.items().isEmpty() ? List.<Item>of(new Item("", 0, 0, 0)) : row.items())
                    .forEach(item -> lines.add(new Line(row, item)));
        }
        String state = chosen == null ? "" : excel.text("request_status_", chosen);
        return excel.file(List.of(excel.t("requests_title"), state), Sheet.of(excel.t("requests_title")
                        + (state.isEmpty() ? "" : " · " + state), lines)
                .text(excel.t("request_no"), line -> line.request().shortId())
                .text(excel.t("request_division"), line -> line.request().divisionCode())
                .text(excel.t("export_place"), line -> line.request().place())
                .text(excel.t("disaster"), line -> line.request().disaster())
                .number(excel.t("request_affected"), line -> line.request().affectedPeople())
                .text(excel.t("request_status"), line -> excel.text("request_status_", line.request().status()))
                .text(excel.t("request_awaiting"), line -> line.request().awaiting())
                .date(excel.t("request_submitted_at"), line -> line.request().submittedAt())
                .text(excel.t("item"), line -> line.item().itemName())
                .number(excel.t("request_asked"), line -> line.item().quantity())
                .number(excel.t("request_fulfilled"), line -> line.item().fulfilled())
                .number(excel.t("request_outstanding"), line -> line.item().outstanding()).note(excel.cutNote(all)));
    }

    /** One item line of a request, as a row of the export. */
    record Line(Row request, Item item) {
    }

    private static String listPath(String status) {
        return "/api/supplies/requests" + (status == null ? "" : "?status=" + status);
    }

    private Map<String, String> disasters(Viewer me) {
        Map<String, String> disasters = new LinkedHashMap<>();
        if (me.division() != null) {
            for (DisasterView disaster : api.list("/api/registry/disasters?size=50&division=" + me.division(),
                    DisasterView.class).items()) {
                disasters.put(disaster.disasterId(), disaster.name());
            }
        }
        return disasters;
    }

    private List<Row> rows(List<RequestView> found, Viewer me, Map<String, String> disasters) {
        Map<String, String> places = new HashMap<>();
        directory.depots().forEach(depot -> places.putIfAbsent(depot.divisionCode(), depot.name()));
        return found.stream().map(request -> row(request, me, disasters, places)).toList();
    }

    private Row row(RequestView request, Viewer me, Map<String, String> disasters, Map<String, String> places) {
        List<Item> items = new ArrayList<>();
        for (ItemView item : request.items()) {
            items.add(new Item(directory.itemName(item.itemCode()), item.quantity(), item.fulfilled(),
                    item.outstanding()));
        }
        String id = request.requestId();
        String division = request.divisionCode();
        String disaster = request.disasterId();
        // a transfer may fulfil what the approval left outstanding: offered to whoever moves supplies
        boolean fulfils = request.status().equals(RequestViews.Status.APPROVED.name()) && !request.fulfilled()
                && me.movesSupplies();
        return new Row(id, id.substring(0, Math.min(8, id.length())), division, places.getOrDefault(division, ""),
                disasters.getOrDefault(disaster, disaster.substring(0, Math.min(8, disaster.length()))),
                request.affectedPeople(), request.status(), request.approvedBy(),
                request.awaitingDivision() == null ? "" : request.awaitingDivision(),
                Formats.time(request.submittedAt() == null ? "" : request.submittedAt()), items, request.actions(),
                fulfils);
    }

    private static List<String> statuses() {
        return Arrays.stream(RequestViews.Status.values()).map(Enum::name).toList();
    }

    /**
     * Who raises a request from the console: keepers, officers and civil-affairs staff of a village or township
     * (the county is who gives, not who asks).
     */
    static boolean raises(Viewer me) {
        return me.hasAny(Viewer.KEEPER, Viewer.OFFICER, Viewer.CIVIL, Viewer.ADMIN)
                && DivisionCode.parse(me.division()).map(code -> code.level() != DivisionCode.Level.COUNTY)
                .orElse(false);
    }

    private static Form blank() {
        return new Form(Forms.newKey(), "", "", "", padded(List.of(), 3));
    }
}
