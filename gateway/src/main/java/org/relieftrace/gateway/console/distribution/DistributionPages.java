package org.relieftrace.gateway.console.distribution;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.relieftrace.gateway.console.QueuedSend;
import org.relieftrace.gateway.console.RegistryViews.DisasterView;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.household.HouseholdViews.HouseholdView;
import org.relieftrace.gateway.console.household.HouseholdViews.PersonView;
import org.relieftrace.gateway.console.stock.StockViews;
import org.relieftrace.gateway.console.stock.StockViews.ItemTotal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * 分发 — handing goods to a household: the keeper finds the household by the head's name or the household's ID
 * within the depot's division (the registry API), sees what it has already received from this depot, and hands out
 * one item for a disaster to a member who shows their ID. The per-household limit is the API's: a refusal shows
 * its message. Sent as {@code POST /api/supplies/depots/{id}/distributions} with the form's idempotency key.
 */
@Path("/console/distributions")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class DistributionPages {

    /** Households a search shows at most. */
    static final int SEARCH_PAGE = 50;

    /** A household found. */
    @TemplateData
    public record Household(String id, String head, String address, String division, int members) {
    }

    /** What a household already received from this depot. */
    @TemplateData
    public record Given(String itemName, String lotNumber, long quantity, String recipient, String disasterId,
                        String distributionId) {
    }

    /** A disaster to hand goods out for. */
    @TemplateData
    public record Disaster(String id, String name) {
    }

    /** An item the depot has on hand. */
    @TemplateData
    public record Stocked(String code, String name, String unit, long available) {
    }

    /** 发放记录 — one line a household received, as the supplies service lists it. */
    public record GivenView(String itemCode, String lotNumber, long quantity, String recipientName,
                            String disasterId, String distributionId) {
    }

    /** What a hand-out answers: the lots the goods came from. */
    public record Handed(List<HandedLot> lots) {

        public Handed {
            lots = lots == null ? List.of() : lots;
        }
    }

    /** One lot a hand-out took goods from. */
    public record HandedLot(String lotNumber, long quantity) {
    }

    /** The hand-out form as typed. */
    @TemplateData
    public record Form(String key, String disasterId, String itemCode, String quantity, String recipientName,
                       String recipientIdNumber, String reason) {
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
    @Location("console/distribute.html")
    Template distribute;

    @GET
    public TemplateInstance page(@QueryParam("depot") String depotId, @QueryParam("q") String query,
                                 @QueryParam("household") String householdId) {
        Directory.Depot depot = directory.depot(depotId);
        String q = query == null ? "" : query.strip();
        TemplateInstance page = base(depot, q);
        if (depot == null) {
            return page.data("found", List.of()).data("household", null);
        }
        page.data("found", q.isEmpty() ? List.of() : search(depot, q));
        if (householdId == null || householdId.isBlank()) {
            return page.data("household", null);
        }
        return withHousehold(page, depot, householdId, null, null, null);
    }

    /**
     * Hands out as the form asks. An entry sent from the browser's offline queue ({@link QueuedSend#HEADER}) is
     * answered as JSON or the service's problem instead of the page.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, QueuedSend.PROBLEM})
    public Response hand(@HeaderParam(QueuedSend.HEADER) String queued, MultivaluedMap<String, String> fields) {
        Directory.Depot depot = directory.depot(one(fields, "depot"));
        String householdId = one(fields, "household");
        String key = Forms.key(fields);
        Form form = new Form(key, one(fields, "disasterId"), one(fields, "itemCode"), one(fields, "quantity"),
                one(fields, "recipientName"), one(fields, "recipientIdNumber"), one(fields, "reason"));
        boolean fromQueue = QueuedSend.isQueued(queued);
        if (depot == null) {
            return fromQueue ? QueuedSend.refused(new ApiProblem(404, "not-found",
                    pages.console().texts().get("stock_no_depot"), null, List.of()))
                    : Response.ok(base(null, "").data("found", List.of()).data("household", null)).build();
        }
        TemplateInstance page = base(depot, "").data("found", List.of());
        try {
            Handed handed = api.post("/api/supplies/depots/" + depot.depotId() + "/distributions",
                    body(householdId, form), key, Handed.class);
            List<String> lots = new ArrayList<>();
            handed.lots().forEach(lot -> lots.add(lot.lotNumber() + " × " + lot.quantity()));
            if (fromQueue) {
                return QueuedSend.sent(String.join(", ", lots));
            }
            Form next = new Form(Forms.newKey(), form.disasterId(), "", "", form.recipientName(),
                    "", "");
            return Response.ok(withHousehold(page, depot, householdId, next, null, String.join(", ", lots))).build();
        } catch (ApiProblem problem) {
            return fromQueue ? QueuedSend.refused(problem)
                    : Response.ok(withHousehold(page, depot, householdId, form, problem, null)).build();
        }
    }

    /** The API's request body: blank fields left out, so the API names what is missing. */
    static Map<String, Object> body(String householdId, Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", householdId);
        put(body, "disasterId", form.disasterId());
        put(body, "itemCode", form.itemCode());
        putNumber(body, "quantity", form.quantity());
        put(body, "recipientName", form.recipientName());
        put(body, "recipientIdNumber", form.recipientIdNumber());
        put(body, "reason", form.reason());
        return body;
    }

    private TemplateInstance base(Directory.Depot depot, String q) {
        return pages.page(distribute).data("depots", directory.depots()).data("depot", depot).data("q", q)
                .data("problem", null).data("handed", null);
    }

    private List<Household> search(Directory.Depot depot, String q) {
        List<Household> found = new ArrayList<>();
        for (HouseholdView household : api.list("/api/registry/households?size=" + SEARCH_PAGE + "&division="
                + depot.divisionCode() + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), HouseholdView.class)
                .items()) {
            found.add(household(household));
        }
        return found;
    }

    private TemplateInstance withHousehold(TemplateInstance page, Directory.Depot depot, String householdId,
                                           Form typed, ApiProblem problem, String handed) {
        Household row = household(api.get("/api/registry/households/" + householdId, HouseholdView.class));
        List<Given> given = given(depot, householdId);
        List<Disaster> disasters = new ArrayList<>();
        for (DisasterView disaster : api.list("/api/registry/disasters?size=50&division=" + depot.divisionCode(),
                DisasterView.class).items()) {
            disasters.add(new Disaster(disaster.disasterId(), disaster.name()));
        }
        List<Stocked> stocked = new ArrayList<>();
        for (ItemTotal item : api.get(StockViews.path(depot.depotId()), StockViews.DepotStockView.class).items()) {
            if (item.available() > 0) {
                stocked.add(new Stocked(item.itemCode(), directory.itemName(item.itemCode()), item.unit(),
                        item.available()));
            }
        }
        Form form = typed != null ? typed : new Form(Forms.newKey(),
                disasters.isEmpty() ? "" : disasters.get(0).id(), "", "1", row.head(), "", "");
        return page.data("household", row).data("given", given).data("disasters", disasters)
                .data("stocked", stocked).data("form", form).data("problem", problem).data("handed", handed);
    }

    /** 发放记录导出 — what the household received from the depot, as the page lists it, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("depot") String depotId, @QueryParam("household") UUID householdId) {
        Directory.Depot depot = excel.depot(directory, depotId);
        if (householdId == null) {
            throw excel.refused("export_no_list");
        }
        Household household = household(api.get("/api/registry/households/" + householdId, HouseholdView.class));
        String title = excel.t("distribute_given") + " · " + household.head() + " · " + depot.name();
        return excel.file(List.of(excel.t("distribute_title"), depot.name(), household.head()),
                Sheet.of(title, given(depot, householdId.toString())).text(excel.t("item"), Given::itemName)
                        .text(excel.t("lot_number"), Given::lotNumber).number(excel.t("quantity"), Given::quantity)
                        .text(excel.t("recipient_name"), Given::recipient));
    }

    private List<Given> given(Directory.Depot depot, String householdId) {
        List<Given> given = new ArrayList<>();
        for (GivenView line : api.list("/api/supplies/depots/" + depot.depotId() + "/distributions?size=500&household="
                + householdId, GivenView.class).items()) {
            given.add(new Given(directory.itemName(line.itemCode()), line.lotNumber(), line.quantity(),
                    line.recipientName() == null ? "" : line.recipientName(),
                    line.disasterId() == null ? "" : line.disasterId(), line.distributionId()));
        }
        return given;
    }

    private static Household household(HouseholdView household) {
        PersonView head = household.head();
        int living = (int) household.members().stream().filter(member -> member.deceasedOn() == null).count();
        return new Household(household.householdId(), head == null ? "" : head.name(),
                household.address() == null ? "" : household.address(),
                household.divisionCode() == null ? "" : household.divisionCode(), living);
    }
}
