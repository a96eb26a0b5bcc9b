package org.relieftrace.gateway.console.reserve;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.reserve.ReserveViews.PledgeStatus;
import org.relieftrace.gateway.console.reserve.ReserveViews.PledgeView;

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
 * 捐赠承诺 — the pledges of the user's division (the outstanding ones first: {@code status=OPEN}), each with pledged,
 * received and left per item; recording a pledge, and closing one with a reason where its {@code actions} offer
 * {@code close}. A donation is received against a pledge from the receipt form, which the pledge's row links to.
 */
@Path("/console/pledges")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class PledgePages {

    /** A blank item line of the pledge form. */
    @TemplateData
    public record Line(String itemCode, String quantity) {
    }

    private static final List<Line> BLANK_LINES = List.of(new Line("", ""), new Line("", ""), new Line("", ""));

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/pledges.html")
    Template list;

    @GET
    public TemplateInstance pledges(@QueryParam("division") String division, @QueryParam("status") String status,
                                    @QueryParam("recorded") String recorded) {
        return list(division, status == null ? "OPEN" : status, recorded, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "donor", one(fields, "donor"));
        put(body, "divisionCode", one(fields, "divisionCode"));
        put(body, "expectedOn", one(fields, "expectedOn"));
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> codes = fields.getOrDefault("itemCode", List.of());
        for (int i = 0; i < codes.size(); i++) {
            if (at(fields, "itemCode", i).isBlank() && at(fields, "quantity", i).isBlank()) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            put(line, "itemCode", at(fields, "itemCode", i));
            putNumber(line, "quantity", at(fields, "quantity", i));
            lines.add(line);
        }
        body.put("lines", lines);
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> "/console/pledges?recorded=" + api.post("/api/supplies/pledges", body,
                Forms.key(fields)).path("pledgeId").asText(),
                problem -> list(one(fields, "divisionCode"), "OPEN", null, problem));
    }

    @POST
    @Path("/{pledgeId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("pledgeId") UUID pledgeId, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> {
            api.post("/api/supplies/pledges/" + pledgeId + "/close", body, Forms.key(fields));
            return "/console/pledges?status=CLOSED";
        }, problem -> list(null, "OPEN", null, problem));
    }

    private TemplateInstance list(String division, String status, String recorded, ApiProblem problem) {
        String scope = DivisionCode.isValid(division) ? division : pages.console().viewer().division();
        String shown = List.of("OPEN", "FULFILLED", "CLOSED", "ALL").contains(status) ? status : "OPEN";
        List<PledgeView> pledges = api.list("/api/supplies/pledges?size=500"
                + ("ALL".equals(shown) ? "" : "&status=" + shown)
                + (scope == null ? "" : "&division=" + scope), PledgeView.class).items();
        return pages.page(list).data("pledges", pledges).data("division", scope == null ? "" : scope)
                .data("status", shown).data("statuses", PledgeStatus.values()).data("problem", problem)
                .data("recorded", recorded).data("key", Forms.newKey()).data("items", directory.items().values())
                .data("lines", BLANK_LINES).data("names", names());
    }

    private Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        directory.items().forEach((code, item) -> names.put(code, item.name()));
        return names;
    }
}
