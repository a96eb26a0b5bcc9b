package org.relieftrace.gateway.console.transfer;

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
import org.relieftrace.gateway.console.Forms.ItemLine;
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
import static org.relieftrace.gateway.console.Forms.itemBodies;
import static org.relieftrace.gateway.console.Forms.itemLines;
import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.padded;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * 调拨 — transfers in the console: the list of a division's transfers (in transit and overdue marked), a new
 * transfer, and one transfer with the step its status and the user's role allow: approve or reject (the supplies
 * officer), dispatch with vehicle, driver and waybill (the source depot), receive with the good and damaged quantity
 * of every lot sent (the destination depot). Each step is sent to {@code /api/supplies/transfers} with the
 * idempotency key drawn into its form; a refusal shows the API's message on the same page.
 */
@Path("/console/transfers")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class TransferPages {

    /** The statuses of a transfer, those still on their way first. */
    static final List<String> STATUSES = List.of("REQUESTED", "APPROVED", "RESERVED", "DISPATCHED", "FAILED",
            "RECEIVED", "CLOSED", "REJECTED", "CANCELLED");

    /** One line of a transfer: item and quantity asked for. */
    @TemplateData
    public record Want(String itemCode, String itemName, long quantity) {
    }

    /** One lot sent and what arrived of it. */
    @TemplateData
    public record Lot(String sourceLotId, String itemName, String lotNumber, long quantity, Long received,
                      Long damaged, Long shortage, String reason) {
    }

    /** A transfer as the pages show it. */
    @TemplateData
    public record Row(String id, String shortId, String from, String fromId, String to, String toId, String status,
                      boolean lateral, List<Want> lines, List<Lot> lots, String vehicle, String driver,
                      String waybillNumber, String dispatchedOn, String receivedOn, String failure, boolean overdue,
                      String supplyRequestId) {

        /** Lines as one short text, e.g. "帐篷 × 20". */
        public String summary() {
            StringBuilder text = new StringBuilder();
            for (Want want : lines) {
                text.append(text.isEmpty() ? "" : "; ").append(want.itemName()).append(" × ").append(want.quantity());
            }
            return text.toString();
        }
    }

    /** A new transfer as typed. */
    @TemplateData
    public record Form(String key, String fromDepotId, String toDepotId, String reason, List<ItemLine> lines,
                       String requestId) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/transfers.html")
    Template list;

    @Inject
    @Location("console/transfer.html")
    Template detail;

    @Inject
    @Location("console/transfer-new.html")
    Template create;

    @GET
    public TemplateInstance transfers(@QueryParam("status") String status) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        Viewer me = pages.console().viewer();
        Map<String, String> names = depotNames();
        boolean keeperOnly = keeperOnly(me);
        List<Row> rows = new ArrayList<>();
        int overdue = 0;
        // asked status by status (the list always names one): without a filter the open ones, newest first
        for (String asked : filter == null ? OPEN : List.of(filter)) {
            for (JsonNode transfer : api.get("/api/supplies/transfers?size=100&status=" + asked).path("transfers")) {
                Row row = row(transfer, names);
                if (keeperOnly && !mine(row.fromId()) && !mine(row.toId())) {
                    continue;
                }
                overdue += row.overdue() ? 1 : 0;
                rows.add(row);
            }
        }
        return pages.page(list).data("rows", rows).data("status", filter == null ? "" : filter)
                .data("statuses", STATUSES).data("overdue", overdue);
    }

    @GET
    @Path("/new")
    public TemplateInstance form(@QueryParam("request") UUID requestId) {
        if (requestId == null) {
            return newForm(new Form(UUID.randomUUID().toString(), "", "", "", padded(List.of(), 3), ""), null);
        }
        // 需求申报: the outstanding items, to a depot of the requesting division
        JsonNode request = api.get("/api/supplies/requests/" + requestId);
        List<ItemLine> lines = new ArrayList<>();
        for (JsonNode item : request.path("items")) {
            if (item.path("outstanding").asLong() > 0) {
                lines.add(new ItemLine(item.path("itemCode").asText(), item.path("outstanding").asText()));
            }
        }
        String division = request.path("divisionCode").asText();
        String to = directory.depots().stream().filter(depot -> depot.divisionCode().equals(division))
                .map(Directory.Depot::depotId).findFirst().orElse("");
        return newForm(new Form(UUID.randomUUID().toString(), "", to, "", padded(lines, 3), requestId.toString()),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> fields) {
        List<ItemLine> lines = itemLines(fields);
        Form form = new Form(key(fields), one(fields, "from"), one(fields, "to"), one(fields, "reason"), lines,
                one(fields, "request"));
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "fromDepotId", form.fromDepotId());
        put(body, "toDepotId", form.toDepotId());
        put(body, "supplyRequestId", form.requestId());
        put(body, "reason", form.reason());
        body.put("lines", itemBodies(lines));
        try {
            JsonNode created = api.post("/api/supplies/transfers", body, form.key());
            return Response.seeOther(java.net.URI.create("/console/transfers/"
                    + created.path("transferId").asText())).build();
        } catch (ApiProblem problem) {
            return Response.ok(newForm(new Form(form.key(), form.fromDepotId(), form.toDepotId(), form.reason(),
                    padded(lines, 3), form.requestId()), problem)).build();
        }
    }

    @GET
    @Path("/{transferId}")
    public TemplateInstance transfer(@PathParam("transferId") UUID transferId, @QueryParam("done") String done) {
        return show(transferId, null, done);
    }

    @POST
    @Path("/{transferId}/{step:approve|reject|cancel|dispatch|receive}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("transferId") UUID transferId, @PathParam("step") String step,
                         MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        if (step.equals("dispatch")) {
            put(body, "vehicle", one(fields, "vehicle"));
            put(body, "driver", one(fields, "driver"));
            put(body, "waybillNumber", one(fields, "waybillNumber"));
            put(body, "dispatchedOn", one(fields, "dispatchedOn"));
        } else if (step.equals("receive")) {
            List<Map<String, Object>> lots = new ArrayList<>();
            List<String> ids = fields.getOrDefault("sourceLotId", List.of());
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Object> lot = new LinkedHashMap<>();
                lot.put("sourceLotId", ids.get(i));
                putNumber(lot, "received", at(fields, "received", i));
                putNumber(lot, "damaged", at(fields, "damaged", i));
                put(lot, "reason", at(fields, "lotReason", i));
                lots.add(lot);
            }
            body.put("lots", lots);
            put(body, "receivedOn", one(fields, "receivedOn"));
        }
        try {
            api.post("/api/supplies/transfers/" + transferId + "/" + step, body, key(fields));
            return Response.seeOther(java.net.URI.create("/console/transfers/" + transferId + "?done=" + step))
                    .build();
        } catch (ApiProblem problem) {
            return Response.ok(show(transferId, problem, null)).build();
        }
    }

    /** 调拨单 — the waybill as PDF: route, vehicle, driver, the lots sent and what arrived, signature lines. */
    @GET
    @Path("/{transferId}/waybill.pdf")
    @Produces("application/pdf")
    public Response waybill(@PathParam("transferId") UUID transferId) {
        Row row = load(transferId);
        Map<String, String> t = pages.console().texts();
        List<List<String>> rows = new ArrayList<>();
        for (Lot lot : row.lots()) {
            rows.add(List.of(lot.itemName(), lot.lotNumber(), Long.toString(lot.quantity()),
                    lot.received() == null ? "" : lot.received().toString(),
                    lot.damaged() == null ? "" : lot.damaged().toString(), lot.reason()));
        }
        byte[] pdf = SheetPdf.render(new SheetPdf.Sheet(t.get("transfer_title"), List.of(
                t.get("transfer_no") + "：" + row.id(),
                t.get("transfer_from") + "：" + row.from() + "    " + t.get("transfer_to") + "：" + row.to(),
                t.get("transfer_goods") + "：" + row.summary(),
                t.get("vehicle") + "：" + row.vehicle() + "    " + t.get("driver") + "：" + row.driver() + "    "
                        + t.get("waybill_number") + "：" + row.waybillNumber(),
                t.get("dispatched_on") + "：" + row.dispatchedOn() + "    " + t.get("transfer_status") + "："
                        + t.get("transfer_status_" + row.status())),
                List.of(t.get("item"), t.get("lot_number"), t.get("transfer_sent"), t.get("transfer_received"),
                        t.get("transfer_damaged"), t.get("reason")),
                new float[] {3, 3, 1.5f, 1.5f, 1.5f, 4}, rows,
                List.of(t.get("sign_sender"), t.get("sign_driver"), t.get("sign_receiver"))));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"waybill-" + row.shortId() + ".pdf\"").build();
    }

    /** The statuses of a transfer still on its way: the list's default. */
    static final List<String> OPEN = List.of("REQUESTED", "APPROVED", "RESERVED", "DISPATCHED");

    /** The status a transfer had before a step; while the read model still shows it, the page refreshes itself. */
    static final Map<String, String> BEFORE = Map.of("approve", "REQUESTED", "reject", "REQUESTED",
            "dispatch", "RESERVED", "receive", "DISPATCHED");

    private TemplateInstance show(UUID transferId, ApiProblem problem, String done) {
        Viewer me = pages.console().viewer();
        TemplateInstance page = pages.page(detail).data("problem", problem).data("key", UUID.randomUUID().toString())
                .data("id", transferId.toString());
        JsonNode transfer;
        try {
            transfer = api.get("/api/supplies/transfers/" + transferId);
        } catch (ApiProblem notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
            return page.data("row", null).data("pending", true).data("behind", false).data("canApprove", false)
                    .data("canDispatch", false).data("canReceive", false).data("canCancel", false);
        }
        Row row = row(transfer, depotNames());
        boolean moves = me.movesSupplies();
        boolean open = List.of("REQUESTED", "APPROVED", "RESERVED").contains(row.status());
        boolean behind = done != null && row.status().equals(BEFORE.get(done));
        return page.data("row", row).data("pending", behind || row.status().equals("APPROVED"))
                .data("behind", behind)
                .data("canApprove", !behind && row.status().equals("REQUESTED") && me.approvesTransfers())
                .data("canCancel", open && moves)
                .data("canDispatch", !behind && row.status().equals("RESERVED") && moves && mine(row.fromId()))
                .data("canReceive", !behind && row.status().equals("DISPATCHED") && moves && mine(row.toId()));
    }

    private TemplateInstance newForm(Form form, ApiProblem problem) {
        return pages.page(create).data("form", form).data("problem", problem).data("depots", directory.depots())
                .data("items", directory.items().values());
    }

    /** Whether the user keeps this depot (or, as an officer or admin, may act for the depots of their division). */
    private boolean mine(String depotId) {
        return directory.depot(depotId) != null;
    }

    private static boolean keeperOnly(Viewer me) {
        return me.hasAny(Viewer.KEEPER) && !me.hasAny(Viewer.OFFICER, Viewer.ADMIN, Viewer.AUDITOR);
    }

    /** Names of the depots the user can look up; a depot outside shows by the start of its id. */
    private Map<String, String> depotNames() {
        Map<String, String> names = new HashMap<>();
        directory.depots().forEach(depot -> names.put(depot.depotId(), depot.name()));
        return names;
    }

    private Row row(JsonNode transfer, Map<String, String> names) {
        List<Want> wants = new ArrayList<>();
        for (JsonNode line : transfer.path("lines")) {
            String code = line.path("itemCode").asText();
            wants.add(new Want(code, directory.itemName(code), line.path("quantity").asLong()));
        }
        List<Lot> lots = new ArrayList<>();
        for (JsonNode lot : transfer.path("lots")) {
            lots.add(new Lot(lot.path("sourceLotId").asText(), directory.itemName(lot.path("itemCode").asText()),
                    lot.path("lotNumber").asText(), lot.path("quantity").asLong(), whole(lot, "received"),
                    whole(lot, "damaged"), whole(lot, "shortage"), lot.path("reason").asText("")));
        }
        String id = transfer.path("transferId").asText();
        String from = transfer.path("fromDepotId").asText();
        String to = transfer.path("toDepotId").asText();
        return new Row(id, id.substring(0, Math.min(8, id.length())), names.getOrDefault(from, shortName(from)),
                from, names.getOrDefault(to, shortName(to)), to, transfer.path("status").asText(),
                transfer.path("lateral").asBoolean(), wants, lots, transfer.path("vehicle").asText(""),
                transfer.path("driver").asText(""), transfer.path("waybillNumber").asText(""),
                transfer.path("dispatchedOn").asText(""), transfer.path("receivedOn").asText(""),
                transfer.path("failure").asText(""), transfer.path("overdueInTransit").asBoolean(),
                transfer.path("supplyRequestId").asText(""));
    }

    private Row load(UUID transferId) {
        return row(api.get("/api/supplies/transfers/" + transferId), depotNames());
    }

    private static String shortName(String depotId) {
        return depotId.length() > 8 ? depotId.substring(0, 8) + "…" : depotId;
    }

    private static Long whole(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asLong() : null;
    }

}
