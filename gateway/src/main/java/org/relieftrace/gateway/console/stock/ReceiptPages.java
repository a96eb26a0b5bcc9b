package org.relieftrace.gateway.console.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.relieftrace.gateway.console.QueuedSend;
import org.relieftrace.gateway.console.print.SheetPdf;
import org.relieftrace.gateway.console.stock.StockViews.LotView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.at;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * 入库单 — the receive-goods form: source, reference, supplier, date, reason and one line per lot (item, lot
 * number, quantity, production and expiry dates). Sent as {@code POST /api/supplies/depots/{id}/receipts} with an
 * idempotency key fixed when the form was drawn, so that a double click records the goods once. A refusal shows the
 * API's message and keeps what was typed.
 */
@Path("/console/receipts")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class ReceiptPages {

    /** Where goods come from (ReceiptSource of the API). */
    static final List<String> SOURCES = List.of("PROCUREMENT", "DONATION", "AGREEMENT_CALL_OFF", "RETURN");

    /** What a recorded receipt answers: its id and the lots it made. */
    public record Recorded(String receiptId, List<String> lotIds) {
    }

    /** One lot line as typed. */
    @TemplateData
    public record Line(String itemCode, String lotNumber, String quantity, String producedOn, String expiresOn) {

        static Line empty() {
            return new Line("", "", "", "", "");
        }

        boolean blank() {
            return itemCode.isBlank() && lotNumber.isBlank() && quantity.isBlank();
        }
    }

    /** The form as typed; {@code key} is the idempotency key of this submission. */
    @TemplateData
    public record Form(String depotId, String key, String source, String reference, String supplier,
                       String receivedOn, String reason, String agreementId, String pledgeId, List<Line> lines) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/receive.html")
    Template receive;

    @Inject
    @Location("console/receipt-form.html")
    Template receiptForm;

    @Inject
    @Location("console/receipt-line.html")
    Template receiptLine;

    @GET
    @Path("/new")
    public TemplateInstance form(@QueryParam("depot") String depotId, @QueryParam("agreement") String agreement,
                                 @QueryParam("pledge") String pledge) {
        Directory.Depot depot = directory.depot(depotId);
        String source = agreement != null ? "AGREEMENT_CALL_OFF" : pledge != null ? "DONATION" : "PROCUREMENT";
        Form form = new Form(depot == null ? "" : depot.depotId(), Forms.newKey(), source, "", "", "", "",
                text(agreement), text(pledge), List.of(Line.empty()));
        return withChoices(pages.page(receive), form).data("depot", depot).data("depots", directory.depots());
    }

    @GET
    @Path("/line")
    public TemplateInstance line() {
        return pages.fragment(receiptLine).data("line", Line.empty()).data("items", directory.items().values());
    }

    /**
     * Records the receipt as the form asks. An entry sent from the browser's offline queue
     * ({@link QueuedSend#HEADER}) is answered as JSON or the service's problem instead of the form.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, QueuedSend.PROBLEM})
    public Response submit(@HeaderParam(QueuedSend.HEADER) String queued, MultivaluedMap<String, String> fields) {
        Form form = read(fields);
        boolean fromQueue = QueuedSend.isQueued(queued);
        TemplateInstance answer = pages.console().htmx() ? pages.fragment(receiptForm)
                : pages.page(receive).data("depot", directory.depot(form.depotId())).data("depots",
                directory.depots());
        try {
            Recorded recorded = api.post("/api/supplies/depots/" + form.depotId() + "/receipts", body(form),
                    form.key(), Recorded.class);
            if (fromQueue) {
                return QueuedSend.sent(recorded.receiptId());
            }
            Form next = new Form(form.depotId(), Forms.newKey(), form.source(), "", form.supplier(),
                    "", "", form.agreementId(), form.pledgeId(), List.of(Line.empty()));
            return Response.ok(withChoices(answer, next).data("recorded", recorded.receiptId())
                    .data("recordedLots", recorded.lotIds() == null ? 0 : recorded.lotIds().size())).build();
        } catch (ApiProblem problem) {
            return fromQueue ? QueuedSend.refused(problem)
                    : Response.ok(withChoices(answer, form).data("problem", problem)).build();
        }
    }

    /** 入库单 — the goods-received note of a receipt as PDF: source, supplier, every lot received, signature lines. */
    @GET
    @Path("/{depotId}/{receiptId}/note.pdf")
    @Produces("application/pdf")
    public Response note(@PathParam("depotId") UUID depotId, @PathParam("receiptId") UUID receiptId) {
        StockViews.ReceiptView receipt = api.get("/api/supplies/depots/" + depotId + "/receipts/" + receiptId,
                StockViews.ReceiptView.class);
        Map<String, String> t = pages.console().texts();
        Directory.Depot depot = directory.depot(depotId.toString());
        List<List<String>> rows = new ArrayList<>();
        for (LotView lot : receipt.lots()) {
            rows.add(List.of(directory.itemName(lot.itemCode()), lot.lotNumber(),
                    lot.receivedQuantity() + " " + text(lot.unit()), text(lot.producedOn()), text(lot.expiresOn())));
        }
        LotView first = receipt.lots().isEmpty()
                ? new LotView("", "", "", "", "", "", "", "", "", "", "", "", "", 0, 0, 0) : receipt.lots().get(0);
        byte[] pdf = SheetPdf.render(new SheetPdf.Sheet(t.get("receipt_note"), List.of(
                t.get("receipt_no") + "：" + receiptId,
                t.get("depot") + "：" + (depot == null ? depotId.toString() : depot.name()),
                t.get("source") + "：" + Formats.text(t, "source_", text(first.source())) + "    "
                        + t.get("reference") + "：" + text(first.reference()),
                t.get("supplier") + "：" + text(first.supplier()) + "    " + t.get("received_on") + "："
                        + text(first.receivedOn())),
                List.of(t.get("item"), t.get("lot_number"), t.get("quantity"), t.get("produced_on"),
                        t.get("expires_on")),
                new float[] {3, 3, 2, 2, 2}, rows,
                List.of(t.get("sign_deliverer"), t.get("sign_keeper"))));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"receipt-" + receiptId.toString().substring(0, 8) + ".pdf\"").build();
    }

    private TemplateInstance withChoices(TemplateInstance page, Form form) {
        return page.data("form", form).data("items", directory.items().values()).data("sources", SOURCES)
                .data("recorded", null).data("problem", null);
    }

    static Form read(MultivaluedMap<String, String> fields) {
        List<String> codes = fields.getOrDefault("itemCode", List.of());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Line line = new Line(at(fields, "itemCode", i), at(fields, "lotNumber", i), at(fields, "quantity", i),
                    at(fields, "producedOn", i), at(fields, "expiresOn", i));
            if (!line.blank()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            lines.add(Line.empty());
        }
        return new Form(one(fields, "depot"), Forms.key(fields),
                one(fields, "source"), one(fields, "reference"), one(fields, "supplier"),
                one(fields, "receivedOn"), one(fields, "reason"), one(fields, "agreementId"),
                one(fields, "pledgeId"), lines);
    }

    /** The API's request body: blank fields left out, so the API names what is missing. */
    static Map<String, Object> body(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "source", form.source());
        put(body, "reference", form.reference());
        put(body, "supplier", form.supplier());
        put(body, "receivedOn", form.receivedOn());
        put(body, "reason", form.reason());
        put(body, "agreementId", form.agreementId());
        put(body, "pledgeId", form.pledgeId());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : form.lines()) {
            Map<String, Object> out = new LinkedHashMap<>();
            put(out, "itemCode", line.itemCode());
            put(out, "lotNumber", line.lotNumber());
            putNumber(out, "quantity", line.quantity());
            put(out, "producedOn", line.producedOn());
            put(out, "expiresOn", line.expiresOn());
            lines.add(out);
        }
        body.put("lines", lines);
        return body;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
