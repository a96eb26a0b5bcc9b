package org.relieftrace.gateway.console.relief;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.relief.CaseSteps.Row;
import org.relieftrace.gateway.console.relief.CaseViews.CaseView;
import org.relieftrace.gateway.console.relief.CaseViews.DeadlineBoard;
import org.relieftrace.gateway.console.relief.FundViews.FundView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.one;

/**
 * 救助案件 — the cases of the user's division by status, each with the steps the relief service offers the user on
 * it now (its {@code actions}): the village appraises (民主评议) and records objections, the township reviews (乡镇审核)
 * and resolves objections, the county approves (县级审批) from a fund and confirms an overridden amount; a failed
 * payment is reissued (补发). Each step is one form posted here and sent to the relief API with the idempotency key
 * drawn into the form.
 */
@Path("/console/relief/cases")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class CasePages {

    /** Cases on one page of the list. */
    static final int PAGE_SIZE = 100;

    /** A fund to commit the money from. */
    @TemplateData
    public record Fund(String fundId, String title) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Excel excel;

    @Inject
    @Location("console/relief-cases.html")
    Template list;

    @Inject
    @Location("console/relief-deadlines.html")
    Template deadlines;

    @GET
    public TemplateInstance cases(@QueryParam("status") @DefaultValue("") String status,
                                  @QueryParam("done") @DefaultValue("") String done,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        return page(status, done, Math.max(0, page), null);
    }

    /** 申请 / 提名 — opens a case for a household of the user's division. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("householdId", "category", "disasterId", "period", "beneficiaryPersonId",
                "deceasedPersonId", "origin", "statement", "reason")) {
            ReliefFiles.put(body, field, one(form, field));
        }
        return Submission.send(() -> {
            api.post("/api/relief/cases", body, Forms.key(form));
            return "/console/relief/cases?status=OPEN&done=open";
        }, problem -> page("", "", 0, problem));
    }

    /** 时限看板 — the overdue cases of the user's division: reviews, approvals and payouts past their due day. */
    @GET
    @Path("/deadlines")
    public TemplateInstance deadlines() {
        DeadlineBoard board = deadlineBoard();
        return pages.page(deadlines).data("asOf", board.asOf()).data("lists", CaseSteps.lists(board).entrySet());
    }

    /** 时限看板导出 — the deadlines board, one sheet per list, as Excel. */
    @GET
    @Path("/deadlines/export.xlsx")
    @Produces(Excel.XLSX)
    public Response deadlinesExport() {
        DeadlineBoard board = deadlineBoard();
        List<Sheet<?>> sheets = new ArrayList<>();
        CaseSteps.lists(board).forEach((list, rows) -> sheets.add(CaseSteps.sheet(excel,
                excel.text("deadline_", list), rows)));
        return excel.file(List.of(excel.t("nav_relief_deadlines")), sheets.toArray(Sheet<?>[]::new));
    }

    private DeadlineBoard deadlineBoard() {
        Viewer viewer = pages.console().viewer();
        return api.get("/api/relief/deadlines" + (viewer.division() == null ? "" : "?division=" + viewer.division()),
                DeadlineBoard.class);
    }

    @POST
    @Path("/{caseId}/{verb}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("caseId") UUID caseId, @PathParam("verb") String verb,
                        MultivaluedMap<String, String> form) {
        String status = one(form, "status");
        if (!CaseSteps.VERBS.contains(verb)) {
            return Response.status(404).build();
        }
        try {
            api.post(CaseSteps.path(caseId, verb, form), CaseSteps.body(verb, form), Forms.key(form));
        } catch (IllegalArgumentException notAnId) {
            return Response.ok(page(status, "", 0, new ApiProblem(400, null,
                    pages.console().text("problem_status_4xx"), null,
                    List.of(new ApiProblem.Field("objectionId", notAnId.getMessage()))))).build();
        } catch (ApiProblem problem) {
            return Response.ok(page(status, "", 0, problem)).build();
        }
        return Response.seeOther(URI.create("/console/relief/cases?status=" + status + "&done=" + verb)).build();
    }

    private TemplateInstance page(String status, String done, int page, ApiProblem problem) {
        Viewer viewer = pages.console().viewer();
        List<String> statuses = statuses();
        String chosen = statuses.contains(status) ? status : "";
        ListPage<CaseView> answer = api.list(Paging.page(listPath(chosen, viewer), PAGE_SIZE, page), CaseView.class);
        List<Row> rows = answer.items().stream().map(CaseSteps::row).toList();
        boolean approves = rows.stream().anyMatch(r -> r.can("county-approval"));
        return pages.page(list).data("rows", rows).data("statuses", statuses).data("status", chosen)
                .data("done", CaseSteps.VERBS.contains(done) || "open".equals(done) ? done : "")
                .data("problem", problem).data("funds", approves ? funds(viewer) : List.of())
                .data("today", Formats.today().toString()).data("key", Forms.newKey())
                .data("level", level(viewer))
                .data("categories", Arrays.stream(CaseViews.Category.values()).map(Enum::name).toList())
                .data("opens", viewer.handlesCases()).data("period", Formats.today().toString().substring(0, 7))
                .data("page", page).data("previous", page > 0)
                .data("next", (long) (page + 1) * PAGE_SIZE < answer.total());
    }

    /** 救助案件导出 — every case of the status asked in the user's division (all pages), as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("status") @DefaultValue("") String status) {
        String chosen = statuses().contains(status) ? status : "";
        Paging.All<CaseView> all = Paging.all(api, listPath(chosen, pages.console().viewer()), CaseView.class);
        String state = chosen.isEmpty() ? "" : excel.text("case_", chosen);
        return excel.file(List.of(excel.t("relief_cases_title"), state), CaseSteps.sheet(excel,
                excel.t("relief_cases_title") + (state.isEmpty() ? "" : " · " + state),
                all.items().stream().map(CaseSteps::row).toList()).note(excel.cutNote(all)));
    }

    private static List<String> statuses() {
        return Arrays.stream(CaseViews.Status.values()).map(Enum::name).toList();
    }

    private static String listPath(String status, Viewer viewer) {
        List<String> filters = new ArrayList<>();
        if (!status.isEmpty()) {
            filters.add("status=" + status);
        }
        if (viewer.division() != null) {
            filters.add("division=" + viewer.division());
        }
        return "/api/relief/cases" + (filters.isEmpty() ? "" : "?" + String.join("&", filters));
    }

    /** The user's tier as the page names it: {@code COUNTY}, {@code TOWNSHIP}, {@code VILLAGE}, or {@code ADMIN}. */
    private static String level(Viewer viewer) {
        if (viewer.hasAny(Viewer.ADMIN)) {
            return "ADMIN";
        }
        return DivisionCode.parse(viewer.division()).map(code -> code.level().name()).orElse("");
    }

    private List<Fund> funds(Viewer viewer) {
        List<Fund> funds = new ArrayList<>();
        // a county's funds of a season fit one page of the largest size
        for (FundView f : api.list("/api/relief/funds?size=500"
                + (viewer.division() == null ? "" : "&division=" + viewer.division()), FundView.class).items()) {
            funds.add(new Fund(f.fundId(), f.title() + " · " + f.documentNumber() + " · " + f.category()));
        }
        return funds;
    }
}
