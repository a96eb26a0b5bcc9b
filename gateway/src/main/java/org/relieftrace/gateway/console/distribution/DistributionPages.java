package org.relieftrace.gateway.console.distribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

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

    /** Households the search looks through in one call. */
    static final int SEARCH_WINDOW = 500;

    /** A household found. */
    @TemplateData
    public record Household(String id, String head, String address, String division, int members) {
    }

    /** What a household already received from this depot. */
    @TemplateData
    public record Given(String itemName, String lotNumber, long quantity, String recipient, String disasterId) {
    }

    /** A disaster to hand goods out for. */
    @TemplateData
    public record Disaster(String id, String name) {
    }

    /** An item the depot has on hand. */
    @TemplateData
    public record Stocked(String code, String name, String unit, long available) {
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

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance hand(MultivaluedMap<String, String> fields) {
        Directory.Depot depot = directory.depot(one(fields, "depot"));
        String householdId = one(fields, "household");
        String key = one(fields, "key").isBlank() ? UUID.randomUUID().toString() : one(fields, "key");
        Form form = new Form(key, one(fields, "disasterId"), one(fields, "itemCode"), one(fields, "quantity"),
                one(fields, "recipientName"), one(fields, "recipientIdNumber"), one(fields, "reason"));
        TemplateInstance page = base(depot, "").data("found", List.of());
        if (depot == null) {
            return page.data("household", null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", householdId);
        put(body, "disasterId", form.disasterId());
        put(body, "itemCode", form.itemCode());
        if (!form.quantity().isBlank()) {
            try {
                body.put("quantity", Long.parseLong(form.quantity()));
            } catch (NumberFormatException e) {
                body.put("quantity", form.quantity());
            }
        }
        put(body, "recipientName", form.recipientName());
        put(body, "recipientIdNumber", form.recipientIdNumber());
        put(body, "reason", form.reason());
        try {
            JsonNode handed = api.post("/api/supplies/depots/" + depot.depotId() + "/distributions", body, key);
            List<String> lots = new ArrayList<>();
            handed.path("lots").forEach(lot -> lots.add(lot.path("lotNumber").asText() + " × "
                    + lot.path("quantity").asLong()));
            Form next = new Form(UUID.randomUUID().toString(), form.disasterId(), "", "", form.recipientName(),
                    "", "");
            return withHousehold(page, depot, householdId, next, null, String.join(", ", lots));
        } catch (ApiProblem problem) {
            return withHousehold(page, depot, householdId, form, problem, null);
        }
    }

    private TemplateInstance base(Directory.Depot depot, String q) {
        return pages.page(distribute).data("depots", directory.depots()).data("depot", depot).data("q", q)
                .data("problem", null).data("handed", null);
    }

    private List<Household> search(Directory.Depot depot, String q) {
        JsonNode answer = api.get("/api/registry/households?size=" + SEARCH_WINDOW + "&division="
                + depot.divisionCode());
        List<Household> found = new ArrayList<>();
        for (JsonNode household : answer.path("items")) {
            Household row = household(household);
            boolean named = false;
            for (JsonNode member : household.path("members")) {
                named |= member.path("name").asText().contains(q) || member.path("idNumber").asText().equals(q);
            }
            if (named || row.head().contains(q) || row.id().startsWith(q.toLowerCase())) {
                found.add(row);
            }
        }
        return found;
    }

    private TemplateInstance withHousehold(TemplateInstance page, Directory.Depot depot, String householdId,
                                           Form typed, ApiProblem problem, String handed) {
        JsonNode household = api.get("/api/registry/households/" + householdId);
        Household row = household(household);
        List<Given> given = new ArrayList<>();
        for (JsonNode line : api.get("/api/supplies/depots/" + depot.depotId() + "/distributions?household="
                + householdId)) {
            given.add(new Given(directory.itemName(line.path("itemCode").asText()), line.path("lotNumber").asText(),
                    line.path("quantity").asLong(), line.path("recipientName").asText(""),
                    line.path("disasterId").asText("")));
        }
        List<Disaster> disasters = new ArrayList<>();
        for (JsonNode disaster : api.get("/api/registry/disasters?size=50&division=" + depot.divisionCode())
                .path("items")) {
            disasters.add(new Disaster(disaster.path("disasterId").asText(), disaster.path("name").asText()));
        }
        List<Stocked> stocked = new ArrayList<>();
        for (JsonNode item : api.get("/api/supplies/depots/" + depot.depotId() + "/stock?size=1000").path("items")) {
            if (item.path("available").asLong() > 0) {
                String code = item.path("itemCode").asText();
                stocked.add(new Stocked(code, directory.itemName(code), item.path("unit").asText(),
                        item.path("available").asLong()));
            }
        }
        Form form = typed != null ? typed : new Form(UUID.randomUUID().toString(),
                disasters.isEmpty() ? "" : disasters.get(0).id(), "", "1", row.head(), "", "");
        return page.data("household", row).data("given", given).data("disasters", disasters)
                .data("stocked", stocked).data("form", form).data("problem", problem).data("handed", handed);
    }

    private static Household household(JsonNode household) {
        String head = "";
        int members = 0;
        for (JsonNode member : household.path("members")) {
            if (member.path("deceasedOn").isMissingNode() || member.path("deceasedOn").isNull()) {
                members++;
            }
            if (member.path("head").asBoolean()) {
                head = member.path("name").asText();
            }
        }
        return new Household(household.path("householdId").asText(), head, household.path("address").asText(""),
                household.path("divisionCode").asText(""), members);
    }
}
