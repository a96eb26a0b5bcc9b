package org.relieftrace.gateway.console.relief;

import java.net.URI;
import java.util.ArrayList;
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

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Viewer;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 救助案件 — the cases of the user's division by status, each with the next step for the user's level: the village
 * appraises (民主评议) and records objections, the township reviews (乡镇审核) and resolves objections, the county
 * approves (县级审批) from a fund and confirms an overridden amount; a failed payment is reissued (补发). Each step
 * is one form posted here and sent to the relief API with the idempotency key drawn into the form.
 */
@Path("/console/relief/cases")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class CasePages {

    static final List<String> STATUSES = List.of("OPEN", "APPRAISED", "ON_NOTICE", "RETURNED", "REVIEWED",
            "AWAITING_SECOND_APPROVAL", "APPROVED", "REJECTED");
    static final List<String> CATEGORIES = List.of("EMERGENCY", "TRANSITIONAL", "CONDOLENCE", "WINTER_SPRING",
            "HOUSING");
    static final List<String> ACTIONS = List.of("appraise", "objection", "resolve", "review", "approve", "confirm",
            "reissue");

    /** A case in a list, with the next step for the user. */
    @TemplateData
    public record Row(String caseId, String householdId, String divisionCode, String category, String period,
                      String status, String amount, String noticeEndsOn, String due, String paymentStatus,
                      String paymentId, String failureReason, int openObjections, String action) {

        /** The first eight characters of the case id, enough to tell cases apart on a screen. */
        public String shortId() {
            return caseId.length() > 8 ? caseId.substring(0, 8) : caseId;
        }
    }

    /** A fund to commit the money from. */
    @TemplateData
    public record Fund(String fundId, String title) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/relief-cases.html")
    Template list;

    @Inject
    @Location("console/relief-deadlines.html")
    Template deadlines;

    @GET
    public TemplateInstance cases(@QueryParam("status") @DefaultValue("") String status,
                                  @QueryParam("done") @DefaultValue("") String done) {
        return page(status, done, null);
    }

    /** 申请 / 提名 — opens a case for a household of the user's division. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("householdId", "category", "disasterId", "period", "origin", "statement",
                "reason")) {
            ReliefFiles.put(body, field, one(form, field));
        }
        try {
            api.post("/api/relief/cases", body, ReliefFiles.key(one(form, "key")));
        } catch (ApiProblem problem) {
            return Response.ok(page("", "", problem)).build();
        }
        return Response.seeOther(URI.create("/console/relief/cases?status=OPEN&done=open")).build();
    }

    /** 时限看板 — the overdue cases of the user's division: reviews, approvals and payouts past their due day. */
    @GET
    @Path("/deadlines")
    public TemplateInstance deadlines() {
        Viewer viewer = pages.console().viewer();
        JsonNode board = api.get("/api/relief/deadlines" + (viewer.division() == null ? ""
                : "?division=" + viewer.division()));
        Map<String, List<Row>> lists = new LinkedHashMap<>();
        for (String step : List.of("reviewOverdue", "approvalOverdue", "payoutOverdue")) {
            List<Row> rows = new ArrayList<>();
            board.path(step).forEach(c -> rows.add(row(viewer, c)));
            lists.put(step, rows);
        }
        return pages.page(deadlines).data("asOf", board.path("asOf").asText()).data("lists", lists.entrySet());
    }

    @POST
    @Path("/{caseId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("caseId") UUID caseId, @PathParam("action") String action,
                        MultivaluedMap<String, String> form) {
        String status = one(form, "status");
        if (!ACTIONS.contains(action)) {
            return Response.status(404).build();
        }
        String key = one(form, "key").isBlank() ? UUID.randomUUID().toString() : one(form, "key");
        try {
            api.post(path(caseId, action, form), body(action, form), key);
        } catch (IllegalArgumentException notAnId) {
            return Response.ok(page(status, "", new ApiProblem(400, null, pages.console().text("problem_status_4xx"),
                    null, List.of(new ApiProblem.Field("objectionId", notAnId.getMessage()))))).build();
        } catch (ApiProblem problem) {
            return Response.ok(page(status, "", problem)).build();
        }
        return Response.seeOther(URI.create("/console/relief/cases?status=" + status + "&done=" + action)).build();
    }

    static Row row(Viewer viewer, JsonNode c) {
        String amount = c.hasNonNull("amountFen") ? Formats.yuan(c.path("amountFen").asLong())
                : c.hasNonNull("proposedAmountFen") ? Formats.yuan(c.path("proposedAmountFen").asLong()) : "";
        String due = c.path("payoutDue").asText(c.path("approvalDue").asText(c.path("reviewDue").asText("")));
        return new Row(c.path("caseId").asText(), c.path("householdId").asText(), c.path("divisionCode").asText(),
                c.path("category").asText(), c.path("period").asText(), c.path("status").asText(), amount,
                c.path("noticeEndsOn").asText(""), due, c.path("paymentStatus").asText(""),
                c.path("paymentId").asText(""), c.path("failureReason").asText(""),
                c.path("openObjections").asInt(), ReliefAccess.nextAction(viewer, c));
    }

    private TemplateInstance page(String status, String done, ApiProblem problem) {
        Viewer viewer = pages.console().viewer();
        String chosen = STATUSES.contains(status) ? status : "";
        JsonNode answer = api.get("/api/relief/cases?size=500" + (chosen.isEmpty() ? "" : "&status=" + chosen)
                + (viewer.division() == null ? "" : "&division=" + viewer.division()));
        List<Row> rows = new ArrayList<>();
        answer.forEach(c -> rows.add(row(viewer, c)));
        boolean approves = rows.stream().anyMatch(r -> "approve".equals(r.action()));
        return pages.page(list).data("rows", rows).data("statuses", STATUSES).data("status", chosen)
                .data("done", done).data("problem", problem).data("funds", approves ? funds(viewer) : List.of())
                .data("today", Formats.today().toString()).data("key", UUID.randomUUID().toString())
                .data("level", ReliefAccess.level(viewer)).data("categories", CATEGORIES)
                .data("opens", ReliefAccess.handlesCases(viewer)).data("period", Formats.today().toString()
                        .substring(0, 7));
    }

    private List<Fund> funds(Viewer viewer) {
        List<Fund> funds = new ArrayList<>();
        api.get("/api/relief/funds" + (viewer.division() == null ? "" : "?division=" + viewer.division()))
                .forEach(f -> funds.add(new Fund(f.path("fundId").asText(), f.path("title").asText() + " · "
                        + f.path("documentNumber").asText() + " · " + f.path("category").asText())));
        return funds;
    }

    private static String path(UUID caseId, String action, MultivaluedMap<String, String> form) {
        String base = "/api/relief/cases/" + caseId;
        return switch (action) {
            case "appraise" -> base + "/village-assessment";
            case "objection" -> base + "/objections";
            case "resolve" -> base + "/objections/" + UUID.fromString(one(form, "objectionId").strip())
                    + "/resolution";
            case "review" -> base + "/township-review";
            case "approve" -> base + "/county-approval";
            case "confirm" -> base + "/county-approval/confirmation";
            default -> base + "/reissue";
        };
    }

    /** The API's body: the fields of the step, blank ones left out so that the API names what is missing. */
    static Map<String, Object> body(String action, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> fields = switch (action) {
            case "appraise" -> List.of("membersCovered", "months", "deceasedPersons", "damageGrade",
                    "minutesReference", "appraisedOn");
            case "objection" -> List.of("objector", "content");
            case "resolve" -> List.of("upheld", "finding");
            case "review" -> List.of("decision", "opinion");
            case "approve" -> List.of("decision", "fundId", "amountFen", "overrideReason", "opinion");
            default -> List.of();
        };
        for (String field : fields) {
            String value = one(form, field).strip();
            if (!value.isEmpty()) {
                body.put(field, value);
            }
        }
        String reason = one(form, "reason").strip();
        if (!reason.isEmpty()) {
            body.put("reason", reason);
        }
        return body;
    }

    private static String one(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
