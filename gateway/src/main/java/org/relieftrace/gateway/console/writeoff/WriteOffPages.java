package org.relieftrace.gateway.console.writeoff;

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
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Viewer;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

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

    /** The kinds of write-off the API knows. */
    static final List<String> KINDS = List.of("EXPIRED", "DAMAGED", "LOST");

    /** A lot that can be written off. */
    @TemplateData
    public record Choice(String lotId, String label) {
    }

    /** One write-off as the page shows it. */
    @TemplateData
    public record Row(String id, String lotNumber, long quantity, String kind, String requestedBy,
                      String approvedBy, String status) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

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
        try {
            api.post(path, body, key(fields));
            return Response.seeOther(URI.create("/console/write-offs?depot=" + depotId)).build();
        } catch (ApiProblem problem) {
            return Response.ok(show(depotId.toString(), problem)).build();
        }
    }

    private TemplateInstance show(String depotId, ApiProblem problem) {
        Viewer me = pages.console().viewer();
        Directory.Depot depot = directory.depot(depotId);
        TemplateInstance shown = pages.page(page).data("depots", directory.depots()).data("depot", depot)
                .data("asked", depotId).data("problem", problem).data("key", UUID.randomUUID().toString())
                .data("kinds", KINDS).data("canRequest", depot != null && me.movesSupplies())
                .data("canApprove", depot != null && me.approvesTransfers());
        if (depot == null) {
            return shown.data("rows", List.of()).data("choices", List.of());
        }
        Map<String, String> numbers = new HashMap<>();
        List<Choice> choices = new ArrayList<>();
        for (JsonNode lot : api.get("/api/supplies/depots/" + depot.depotId() + "/stock?size=1000").path("lots")) {
            String number = lot.path("lotNumber").asText();
            numbers.put(lot.path("lotId").asText(), number);
            if (lot.path("onHand").asLong() > 0) {
                choices.add(new Choice(lot.path("lotId").asText(), number + " · "
                        + directory.itemName(lot.path("itemCode").asText()) + " · " + lot.path("onHand").asLong()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode writeOff : api.get("/api/supplies/depots/" + depot.depotId() + "/write-offs")) {
            String lotId = writeOff.path("lotId").asText();
            rows.add(new Row(writeOff.path("writeOffId").asText(), numbers.getOrDefault(lotId, lotId),
                    writeOff.path("quantity").asLong(), writeOff.path("kind").asText(),
                    writeOff.path("requestedBy").asText(""), writeOff.path("approvedBy").asText(""),
                    writeOff.path("status").asText()));
        }
        return shown.data("rows", rows).data("choices", choices);
    }
}
