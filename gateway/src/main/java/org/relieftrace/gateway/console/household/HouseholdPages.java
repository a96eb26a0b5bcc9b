package org.relieftrace.gateway.console.household;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.RegistryViews.DivisionView;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.household.HouseholdViews.AccountView;
import org.relieftrace.gateway.console.household.HouseholdViews.ChangeView;
import org.relieftrace.gateway.console.household.HouseholdViews.HistoryView;
import org.relieftrace.gateway.console.household.HouseholdViews.HouseholdView;
import org.relieftrace.gateway.console.household.HouseholdViews.ImportProblem;
import org.relieftrace.gateway.console.household.HouseholdViews.ImportView;
import org.relieftrace.gateway.console.household.HouseholdViews.PersonView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 户籍 — households in the console: find them by division and name, open one with its members, payout account
 * (numbers masked as the API returns them) and history, and import a CSV or XLSX file with the row report.
 */
@Path("/console/households")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class HouseholdPages {

    /** A household in a list. */
    @TemplateData
    public record Row(String householdId, String head, String headIdNumber, String divisionCode, String address,
                      int members) {
    }

    /** A member. */
    @TemplateData
    public record Member(String name, String idNumber, String gender, String birthDate, String relation,
                         boolean head, String deceasedOn) {
    }

    /** One change in the household's history. */
    @TemplateData
    public record Change(long sequence, String event, String at, String rawAt, String username, String roles,
                         String division, String reason, List<Map.Entry<String, String>> fields) {
    }

    /** A division to pick. */
    @TemplateData
    public record Division(String code, String name, String level) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/households.html")
    Template list;

    @Inject
    @Location("console/household.html")
    Template detail;

    @Inject
    @Location("console/household-import.html")
    Template importPage;

    @Inject
    Excel excel;

    @GET
    public TemplateInstance search(@QueryParam("division") String division, @QueryParam("q") String query,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        String scope = scope(division);
        String q = query == null ? "" : query.strip();
        int size = 50;
        ListPage<HouseholdView> answer = api.list(Paging.page(listPath(scope, q), size, page), HouseholdView.class);
        List<Row> rows = answer.items().stream().map(HouseholdPages::row).toList();
        long total = answer.total();
        return pages.page(list).data("rows", rows).data("divisions", divisions())
                .data("division", scope == null ? "" : scope).data("q", q)
                .data("qParam", URLEncoder.encode(q, StandardCharsets.UTF_8)).data("page", page)
                .data("total", total).data("more", (long) (page + 1) * size < total);
    }

    /** 户籍导出 — every household the search finds, numbers masked as the registry answers them, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("division") String division, @QueryParam("q") String query) {
        String scope = scope(division);
        String q = query == null ? "" : query.strip();
        Paging.All<HouseholdView> all = Paging.all(api, listPath(scope, q), HouseholdView.class);
        String title = excel.t("households_title") + (scope == null ? "" : " · " + scope)
                + (q.isEmpty() ? "" : " · " + q);
        return excel.file(List.of(excel.t("households_title"), scope == null ? "" : scope), Sheet.of(title,
                        all.items().stream().map(HouseholdPages::row).toList())
                .text(excel.t("head"), Row::head).text(excel.t("id_number"), Row::headIdNumber)
                .text(excel.t("division"), Row::divisionCode).text(excel.t("address"), Row::address)
                .number(excel.t("members"), Row::members).note(excel.cutNote(all)));
    }

    private String scope(String division) {
        return division == null || division.isBlank() ? pages.console().viewer().division() : division;
    }

    private static String listPath(String scope, String q) {
        List<String> filters = new ArrayList<>();
        if (scope != null) {
            filters.add("division=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        }
        if (!q.isEmpty()) {
            filters.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return "/api/registry/households" + (filters.isEmpty() ? "" : "?" + String.join("&", filters));
    }

    @GET
    @Path("/{householdId}")
    public TemplateInstance household(@PathParam("householdId") UUID householdId) {
        HouseholdView household = api.get("/api/registry/households/" + householdId, HouseholdView.class);
        HistoryView history = api.get("/api/registry/households/" + householdId + "/history?size=500",
                HistoryView.class);
        List<Member> members = new ArrayList<>();
        for (PersonView person : household.members()) {
            members.add(new Member(person.name(), text(person.idNumber()), text(person.gender()),
                    text(person.birthDate()), text(person.relation()), person.head(), text(person.deceasedOn())));
        }
        List<Change> changes = new ArrayList<>();
        for (ChangeView entry : history.changes()) {
            changes.add(new Change(entry.sequence(), entry.event(), Formats.time(entry.at()), entry.at(),
                    text(entry.username()), Formats.modelRoles(text(entry.roles())), text(entry.division()),
                    text(entry.reason()), fields(entry.change())));
        }
        AccountView account = household.payoutAccount();
        return pages.page(detail).data("household", row(household)).data("members", members)
                .data("account", account != null ? Map.of("holder", text(account.holderName()),
                        "bank", text(account.bank()), "number", text(account.accountNumber())) : null)
                .data("changes", changes);
    }

    @GET
    @Path("/import")
    public TemplateInstance importForm() {
        return pages.page(importPage).data("report", null).data("problem", null).data("key", Forms.newKey());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance importFile(@RestForm("file") FileUpload file, @RestForm("mode") String mode,
                                       @RestForm("key") String key) {
        TemplateInstance page = pages.page(importPage).data("key", Forms.newKey());
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return page.data("report", null).data("problem", new ApiProblem(400, null,
                    pages.console().text("import_no_file"), null, List.of()));
        }
        String chosen = "VALID_ROWS_ONLY".equals(mode) ? "VALID_ROWS_ONLY" : "ALL_OR_NOTHING";
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            String type = file.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            JsonNode answer = api.postFile("/api/registry/households/import?mode=" + chosen, file.fileName(), type,
                    content, Forms.key(key));
            return page.data("report", report(api.read(answer, ImportView.class))).data("problem", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiProblem problem) {
            return page.data("report", null).data("problem", problem);
        }
    }

    /** The import report as the page shows it. */
    @TemplateData
    public record Report(String status, String mode, String file, int total, int imported, int invalid,
                         List<Map<String, String>> rows) {
    }

    private static Report report(ImportView answer) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ImportProblem problem : answer.report()) {
            rows.add(Map.of("row", Integer.toString(problem.row()), "field", text(problem.field()),
                    "message", text(problem.message())));
        }
        return new Report(answer.status(), answer.mode(), answer.file(), answer.total(), answer.imported(),
                answer.invalid(), rows);
    }

    private List<Division> divisions() {
        String mine = pages.console().viewer().division();
        if (mine == null) {
            return List.of();
        }
        List<Division> found = new ArrayList<>();
        for (DivisionView division : api.list("/api/registry/divisions/" + mine + "/subtree?size=500",
                DivisionView.class).items()) {
            found.add(new Division(division.code(), division.name(), division.level()));
        }
        return found;
    }

    private static Row row(HouseholdView household) {
        PersonView head = household.head();
        return new Row(household.householdId(), head == null ? "" : head.name(),
                head == null ? "" : text(head.idNumber()), household.divisionCode(), text(household.address()),
                household.members().size());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<Map.Entry<String, String>> fields(JsonNode change) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (change == null) {
            return fields;
        }
        Iterator<Map.Entry<String, JsonNode>> it = change.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            fields.add(Map.entry(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
        }
        return fields;
    }
}
