package org.relieftrace.gateway.console.writeoff;

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

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.stock.StockViews;
import org.relieftrace.gateway.console.stock.StockViews.LotView;
import org.relieftrace.gateway.console.writeoff.WriteOffViews.WriteOffView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.number;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/**
 * 报损 — write-offs in the console: a depot's write-offs with their status, the keeper's request (lot, quantity,
 * kind EXPIRED / DAMAGED / LOST, reason) and the supplies officer's approval (not by who asked). Everything goes to
 * {@code /api/supplies/depots/{id}/write-offs}; a refusal shows the API's message on the same page.
 */
@Path("/console/write-offs")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class WriteOffPages {

    /** A lot that can be written off. */
    @TemplateData
    public record Choice(String lotId, String label) {
    }

    /** One write-off as the page shows it, with the steps the user may take on it now. */
    @TemplateData
    public record Row(String id, String lotNumber, long quantity, String kind, String requestedBy,
                      String approvedBy, String status, List<String> actions) {

        /** Whether the service offers the user this step ({@code approve}) now. */
        public boolean can(String verb) {
            return actions.contains(verb);
        }
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
    @Location("console/write-offs.html")
    Template page;

    @GET
    public TemplateInstance writeOffs(@QueryParam("depot") String depotId) {
        return show(depotId, null);
    }

    @POST
    @Path("/{depotId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@PathParam("depotId") UUID depotId, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "lotId", one(fields, "lotId"));
        String quantity = one(fields, "quantity");
        if (!quantity.isBlank()) {
            body.put("quantity", number(quantity));
        }
        put(body, "kind", one(fields, "kind"));
        put(body, "reason", one(fields, "reason"));
        return send(depotId, "/api/supplies/depots/" + depotId + "/write-offs", body, fields);
    }

    @POST
    @Path("/{depotId}/{writeOffId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("depotId") UUID depotId, @PathParam("writeOffId") UUID writeOffId,
                            MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        return send(depotId, "/api/supplies/depots/" + depotId + "/write-offs/" + writeOffId + "/approve", body,
                fields);
    }

    private Response send(UUID depotId, String path, Map<String, Object> body, MultivaluedMap<String, String> fields) {
        return Submission.send(() -> {
            api.post(path, body, key(fields));
            return "/console/write-offs?depot=" + depotId;
        }, problem -> show(depotId.toString(), problem));
    }

    private TemplateInstance show(String depotId, ApiProblem problem) {
        Viewer me = pages.console().viewer();
        Directory.Depot depot = directory.depot(depotId);
        TemplateInstance shown = pages.page(page).data("depots", directory.depots()).data("depot", depot)
                .data("asked", depotId).data("problem", problem).data("key", Forms.newKey())
                .data("kinds", Arrays.stream(WriteOffViews.Kind.values()).map(Enum::name).toList())
                .data("canRequest", depot != null && me.movesSupplies());
        if (depot == null) {
            return shown.data("rows", List.of()).data("choices", List.of());
        }
        List<LotView> lots = lots(depot);
        List<Choice> choices = new ArrayList<>();
        for (LotView lot : lots) {
            if (lot.onHand() > 0) {
                choices.add(new Choice(lot.lotId(), lot.lotNumber() + " · " + directory.itemName(lot.itemCode())
                        + " · " + lot.onHand()));
            }
        }
        return shown.data("rows", rows(depot, lots)).data("choices", choices);
    }

    /** 报损导出 — the depot's write-offs, as the page lists them, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("depot") String depotId) {
        Directory.Depot depot = excel.depot(directory, depotId);
        return excel.file(List.of(excel.t("writeoff_title"), depot.name()), Sheet.of(excel.t("writeoff_title")
                        + " · " + depot.name(), rows(depot, lots(depot)))
                .text(excel.t("lot_number"), Row::lotNumber).number(excel.t("quantity"), Row::quantity)
                .text(excel.t("writeoff_kind"), row -> excel.text("writeoff_kind_", row.kind()))
                .text(excel.t("writeoff_requested_by"), Row::requestedBy)
                .text(excel.t("sign_approver"), Row::approvedBy)
                .text(excel.t("writeoff_status"), row -> excel.text("writeoff_status_", row.status())));
    }

    private List<LotView> lots(Directory.Depot depot) {
        return api.get(StockViews.path(depot.depotId()), StockViews.DepotStockView.class).lots().items();
    }

    private List<Row> rows(Directory.Depot depot, List<LotView> lots) {
        Map<String, String> numbers = new HashMap<>();
        lots.forEach(lot -> numbers.put(lot.lotId(), lot.lotNumber()));
        List<Row> rows = new ArrayList<>();
        // a depot's write-offs over a season fit one page of the largest size
        for (WriteOffView writeOff : api.list("/api/supplies/depots/" + depot.depotId() + "/write-offs?size=500",
                WriteOffView.class).items()) {
            String lotId = writeOff.lotId();
            rows.add(new Row(writeOff.writeOffId(), numbers.getOrDefault(lotId, lotId), writeOff.quantity(),
                    writeOff.kind(), text(writeOff.requestedBy()), text(writeOff.approvedBy()), writeOff.status(),
                    writeOff.actions()));
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
