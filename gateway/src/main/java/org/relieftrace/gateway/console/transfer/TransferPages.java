package org.relieftrace.gateway.console.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Forms.ItemLine;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.request.RequestViews.ItemView;
import org.relieftrace.gateway.console.request.RequestViews.RequestView;
import org.relieftrace.gateway.console.transfer.TransferRows.Row;
import org.relieftrace.gateway.console.transfer.TransferViews.TransferView;

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

/**
 * 调拨 — transfers in the console: the list of a division's transfers, newest first (in transit and overdue
 * marked), a new transfer, and one transfer with the steps the supplies service offers the user on it now (its
 * {@code actions}: approve, reject, cancel, dispatch, receive). Each step is sent to {@code /api/supplies/transfers}
 * with the idempotency key drawn into its form ({@link TransferSteps}); a refusal shows the API's message on the page.
 */
@Path("/console/transfers")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class TransferPages {

    /** Transfers on one page of the list. */
    static final int PAGE_SIZE = 50;

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

    @Inject
    Excel excel;

    @GET
    public TemplateInstance transfers(@QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") int page) {
        String filter = status(status);
        int shown = Math.max(0, page);
        ListPage<TransferView> answer = api.list(Paging.page(listPath(filter), PAGE_SIZE, shown), TransferView.class);
        List<Row> rows = rows(answer.items());
        long overdue = rows.stream().filter(Row::overdue).count();
        return pages.page(list).data("rows", rows).data("status", filter == null ? "" : filter)
                .data("statuses", statuses()).data("overdue", overdue).data("page", shown)
                .data("previous", shown > 0).data("next", (long) (shown + 1) * PAGE_SIZE < answer.total());
    }

    /** 调拨单导出 — every transfer of the status asked (all pages), as the list shows them, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("status") String status) {
        String filter = status(status);
        Paging.All<TransferView> all = Paging.all(api, listPath(filter), TransferView.class);
        String state = filter == null ? excel.t("transfers_all") : excel.text("transfer_status_", filter);
        return excel.file(List.of(excel.t("transfers_title"), state), Sheet.of(excel.t("transfers_title") + " · "
                        + state, rows(all.items()))
                .text(excel.t("transfer_no"), Row::shortId).text(excel.t("transfer_from"), Row::from)
                .text(excel.t("transfer_to"), Row::to).text(excel.t("transfer_goods"), Row::summary)
                .text(excel.t("transfer_status"), row -> excel.text("transfer_status_", row.status())
                        + (row.overdue() ? " · " + excel.t("overdue") : ""))
                .text(excel.t("waybill_number"), Row::waybillNumber).date(excel.t("dispatched_on"), Row::dispatchedOn)
                .note(excel.cutNote(all)));
    }

    private static List<String> statuses() {
        return Arrays.stream(TransferViews.Status.values()).map(Enum::name).toList();
    }

    /** The status asked when it is one the list knows, else null (all). */
    private static String status(String asked) {
        return asked != null && statuses().contains(asked) ? asked : null;
    }

    private static String listPath(String status) {
        return "/api/supplies/transfers" + (status == null ? "" : "?status=" + status);
    }

    /** The list's rows: a keeper sees only transfers from or to their own depots. */
    private List<Row> rows(List<TransferView> found) {
        boolean keeperOnly = keeperOnly(pages.console().viewer());
        Map<String, String> names = depotNames();
        List<Row> rows = new ArrayList<>();
        for (TransferView transfer : found) {
            Row row = TransferRows.row(transfer, directory, names);
            if (!keeperOnly || mine(row.fromId()) || mine(row.toId())) {
                rows.add(row);
            }
        }
        return rows;
    }

    @GET
    @Path("/new")
    public TemplateInstance form(@QueryParam("request") UUID requestId) {
        if (requestId == null) {
            return newForm(new Form(Forms.newKey(), "", "", "", padded(List.of(), 3), ""), null);
        }
        // 需求申报: the outstanding items, to a depot of the requesting division
        RequestView request = api.get("/api/supplies/requests/" + requestId, RequestView.class);
        List<ItemLine> lines = new ArrayList<>();
        for (ItemView item : request.items()) {
            if (item.outstanding() > 0) {
                lines.add(new ItemLine(item.itemCode(), Long.toString(item.outstanding())));
            }
        }
        String to = directory.depots().stream().filter(depot -> depot.divisionCode().equals(request.divisionCode()))
                .map(Directory.Depot::depotId).findFirst().orElse("");
        return newForm(new Form(Forms.newKey(), "", to, "", padded(lines, 3), requestId.toString()), null);
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
        return Submission.send(() -> "/console/transfers/" + api.post("/api/supplies/transfers", body, form.key(),
                TransferViews.Created.class).transferId(), problem -> newForm(new Form(form.key(),
                form.fromDepotId(), form.toDepotId(), form.reason(), padded(lines, 3), form.requestId()), problem));
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
        return Submission.send(() -> {
            api.post("/api/supplies/transfers/" + transferId + "/" + step, TransferSteps.body(step, fields),
                    key(fields));
            return "/console/transfers/" + transferId + "?done=" + step;
        }, problem -> show(transferId, problem, null));
    }

    /** 调拨单 — the waybill as PDF: route, vehicle, driver, the lots sent and what arrived, signature lines. */
    @GET
    @Path("/{transferId}/waybill.pdf")
    @Produces("application/pdf")
    public Response waybill(@PathParam("transferId") UUID transferId) {
        Row row = TransferRows.row(api.get("/api/supplies/transfers/" + transferId, TransferView.class), directory,
                depotNames());
        return Response.ok(TransferRows.waybill(row, pages.console().texts()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"waybill-" + row.shortId() + ".pdf\"").build();
    }

    /**
     * One transfer. Right after a step the read model may not show it yet: while the transfer still offers the
     * step just taken, the page offers nothing and refreshes itself.
     */
    private TemplateInstance show(UUID transferId, ApiProblem problem, String done) {
        TemplateInstance page = pages.page(detail).data("problem", problem).data("key", Forms.newKey())
                .data("id", transferId.toString());
        TransferView transfer;
        try {
            transfer = api.get("/api/supplies/transfers/" + transferId, TransferView.class);
        } catch (ApiProblem notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
            return page.data("row", null).data("pending", true).data("behind", false);
        }
        boolean behind = done != null && transfer.actions().contains(done);
        Row row = TransferRows.row(transfer, directory, depotNames());
        if (behind) {
            row = TransferRows.row(withoutActions(transfer), directory, depotNames());
        }
        return page.data("row", row).data("pending", behind || row.status().equals("APPROVED"))
                .data("behind", behind);
    }

    private static TransferView withoutActions(TransferView t) {
        return new TransferView(t.transferId(), t.supplyRequestId(), t.fromDepotId(), t.toDepotId(), t.lateral(),
                t.status(), t.lines(), t.lots(), t.vehicle(), t.driver(), t.waybillNumber(), t.dispatchedOn(),
                t.receivedOn(), t.failure(), t.overdueInTransit(), List.of());
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

    /** Names of the depots the user can look up. */
    private Map<String, String> depotNames() {
        Map<String, String> names = new HashMap<>();
        directory.depots().forEach(depot -> names.put(depot.depotId(), depot.name()));
        return names;
    }
}
