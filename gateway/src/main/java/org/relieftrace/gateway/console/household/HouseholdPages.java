package org.relieftrace.gateway.console.household;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;

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

    /** How many households of a division a name search looks through (the API's largest page). */
    static final int SEARCH_WINDOW = 500;

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

    @GET
    public TemplateInstance search(@QueryParam("division") String division, @QueryParam("q") String query,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        String scope = division == null || division.isBlank() ? pages.console().viewer().division() : division;
        String q = query == null ? "" : query.strip();
        int size = q.isEmpty() ? 50 : SEARCH_WINDOW;
        JsonNode answer = api.get("/api/registry/households?size=" + size + "&page=" + (q.isEmpty() ? page : 0)
                + (scope == null ? "" : "&division=" + scope));
        List<Row> rows = new ArrayList<>();
        for (JsonNode household : answer.path("items")) {
            Row row = row(household);
            if (q.isEmpty() || matches(household, row, q)) {
                rows.add(row);
            }
        }
        long total = answer.path("total").asLong();
        return pages.page(list).data("rows", rows).data("divisions", divisions())
                .data("division", scope == null ? "" : scope).data("q", q).data("page", page)
                .data("total", total).data("more", q.isEmpty() && (long) (page + 1) * size < total)
                .data("truncated", !q.isEmpty() && total > SEARCH_WINDOW);
    }

    @GET
    @Path("/{householdId}")
    public TemplateInstance household(@PathParam("householdId") UUID householdId) {
        JsonNode household = api.get("/api/registry/households/" + householdId);
        JsonNode history = api.get("/api/registry/households/" + householdId + "/history");
        List<Member> members = new ArrayList<>();
        for (JsonNode person : household.path("members")) {
            members.add(new Member(person.path("name").asText(), person.path("idNumber").asText(""),
                    person.path("gender").asText(""), person.path("birthDate").asText(""),
                    person.path("relation").asText(""), person.path("head").asBoolean(),
                    person.path("deceasedOn").asText("")));
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode entry : history.path("entries")) {
            changes.add(new Change(entry.path("sequence").asLong(), entry.path("event").asText(),
                    Formats.time(entry.path("at").asText()), entry.path("at").asText(),
                    entry.path("username").asText(""),
                    Formats.modelRoles(entry.path("roles").asText("")), entry.path("division").asText(""),
                    entry.path("reason").asText(""), fields(entry.path("change"))));
        }
        JsonNode account = household.path("payoutAccount");
        return pages.page(detail).data("household", row(household)).data("members", members)
                .data("account", account.isObject() ? Map.of("holder", account.path("holderName").asText(""),
                        "bank", account.path("bank").asText(""),
                        "number", account.path("accountNumber").asText("")) : null)
                .data("changes", changes);
    }

    @GET
    @Path("/import")
    public TemplateInstance importForm() {
        return pages.page(importPage).data("report", null).data("problem", null)
                .data("key", UUID.randomUUID().toString());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance importFile(@RestForm("file") FileUpload file, @RestForm("mode") String mode,
                                       @RestForm("key") String key) {
        TemplateInstance page = pages.page(importPage).data("key", UUID.randomUUID().toString());
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return page.data("report", null).data("problem", new ApiProblem(400, null,
                    pages.console().text("import_no_file"), null, List.of()));
        }
        String chosen = "VALID_ROWS_ONLY".equals(mode) ? "VALID_ROWS_ONLY" : "ALL_OR_NOTHING";
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            String type = file.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            JsonNode report = api.postFile("/api/registry/households/import?mode=" + chosen, file.fileName(), type,
                    content, key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
            return page.data("report", report(report)).data("problem", null);
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

    private static Report report(JsonNode answer) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode problem : answer.path("report")) {
            rows.add(Map.of("row", problem.path("row").asText(), "field", problem.path("field").asText(""),
                    "message", problem.path("message").asText("")));
        }
        return new Report(answer.path("status").asText(), answer.path("mode").asText(), answer.path("file").asText(),
                answer.path("total").asInt(), answer.path("imported").asInt(), answer.path("invalid").asInt(), rows);
    }

    private List<Division> divisions() {
        String mine = pages.console().viewer().division();
        if (mine == null) {
            return List.of();
        }
        JsonNode subtree = api.get("/api/registry/divisions/" + mine + "/subtree");
        List<Division> found = new ArrayList<>();
        for (JsonNode division : subtree.path("items")) {
            found.add(new Division(division.path("code").asText(), division.path("name").asText(),
                    division.path("level").asText()));
        }
        return found;
    }

    private static Row row(JsonNode household) {
        String head = "";
        String headId = "";
        int members = 0;
        for (JsonNode person : household.path("members")) {
            members++;
            if (person.path("head").asBoolean()) {
                head = person.path("name").asText();
                headId = person.path("idNumber").asText("");
            }
        }
        return new Row(household.path("householdId").asText(), head, headId,
                household.path("divisionCode").asText(), household.path("address").asText(""), members);
    }

    private static boolean matches(JsonNode household, Row row, String query) {
        if (row.address().contains(query) || row.householdId().startsWith(query)) {
            return true;
        }
        for (JsonNode person : household.path("members")) {
            String idNumber = person.path("idNumber").asText("");
            if (person.path("name").asText().contains(query)
                    || query.length() >= 4 && idNumber.endsWith(query.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<Map.Entry<String, String>> fields(JsonNode change) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
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
