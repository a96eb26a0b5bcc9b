package org.relieftrace.gateway.console.shelter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.StepChart;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.household.HouseholdViews.HouseholdView;
import org.relieftrace.gateway.console.household.HouseholdViews.PersonView;
import org.relieftrace.gateway.console.shelter.ShelterViews.OccupantView;
import org.relieftrace.gateway.console.shelter.ShelterViews.ShelterView;

import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * 应急避难场所 — shelters in the console: those of a division with their occupancy against capacity, registering one,
 * and one shelter's page: open or close it, check a registered person in (found by the household search: name, full
 * ID number, address) and out. Everything goes to {@code /api/registry/shelters}; a refusal (closed, full, already
 * resettled) shows the API's message on the same page.
 */
@Path("/console/shelters")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class ShelterPages {

    /** How often a page looks again for a step it has just taken to show in the shelters' read model. */
    private static final int LOOKS = 5;
    /** What a page may be asked to look for: a registration, a state, the occupancy a check-in or -out left. */
    private static final java.util.regex.Pattern EXPECTED =
            java.util.regex.Pattern.compile("registered|open|closed|occupancy-\\d{1,6}");

    /** A living person of a household found, who can be checked in. */
    @TemplateData
    public record Candidate(String personId, String name, String idNumber, String householdId, String address,
                            boolean inside) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    ShelterHistory history;

    @Inject
    Excel excel;

    @Inject
    @Location("console/shelters.html")
    Template list;

    @Inject
    @Location("console/shelter.html")
    Template detail;

    @GET
    public TemplateInstance shelters(@QueryParam("division") String division) {
        return list(division, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "divisionCode", one(fields, "divisionCode"));
        put(body, "name", one(fields, "name"));
        putNumber(body, "capacity", one(fields, "capacity"));
        for (String field : List.of("latitude", "longitude")) {
            String typed = one(fields, field);
            if (!typed.isBlank()) {
                body.put(field, decimal(typed));
            }
        }
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> {
            String id = api.post("/api/registry/shelters", body, Forms.key(fields)).path("shelterId").asText();
            return "/console/shelters/" + id + "?expect=registered";
        }, problem -> list(one(fields, "divisionCode"), problem));
    }

    @GET
    @Path("/{shelterId}")
    public TemplateInstance shelter(@PathParam("shelterId") UUID shelterId, @QueryParam("q") String query,
                                    @QueryParam("expect") String expect, @QueryParam("look") int look) {
        return detail(shelterId, query, null, expect != null && EXPECTED.matcher(expect).matches() ? expect : null,
                Math.max(0, look));
    }

    @POST
    @Path("/{shelterId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("shelterId") UUID shelterId, @PathParam("step") String step,
                         MultivaluedMap<String, String> fields) {
        if (!Set.of("open", "close", "check-ins", "check-outs").contains(step)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (step.startsWith("check")) {
            put(body, "personId", one(fields, "personId"));
        }
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> {
            var answer = api.post("/api/registry/shelters/" + shelterId + "/" + step, body, Forms.key(fields));
            String expect = switch (step) {
                case "open" -> "open";
                case "close" -> "closed";
                default -> "occupancy-" + answer.path("occupancy").asInt();
            };
            return "/console/shelters/" + shelterId + "?expect=" + expect;
        }, problem -> detail(shelterId, one(fields, "q"), problem, null, 0));
    }

    private TemplateInstance list(String division, ApiProblem problem) {
        String scope = scope(division);
        List<ShelterView> shelters = api.list(Paging.page(listPath(scope), 500, 0), ShelterView.class).items();
        return pages.page(list).data("shelters", shelters).data("division", scope == null ? "" : scope)
                .data("problem", problem).data("key", Forms.newKey());
    }

    /** 避难场所导出 — the shelters of the division asked (all pages), occupancy against capacity, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("division") String division) {
        String scope = scope(division);
        Paging.All<ShelterView> all = Paging.all(api, listPath(scope), ShelterView.class);
        return excel.file(List.of(excel.t("shelters_title"), scope == null ? "" : scope), Sheet.of(
                        excel.t("shelters_title") + (scope == null ? "" : " · " + scope), all.items())
                .text(excel.t("name"), ShelterView::name).text(excel.t("division"), ShelterView::divisionCode)
                .text(excel.t("shelter_state"), s -> excel.t(s.open() ? "shelter_open" : "shelter_closed"))
                .number(excel.t("shelter_occupancy"), ShelterView::occupancy)
                .number(excel.t("shelter_capacity"), ShelterView::capacity)
                .number(excel.t("shelter_free"), ShelterView::free).note(excel.cutNote(all)));
    }

    /** 在住人员导出 — the people in a shelter now, as its page lists them, as Excel. */
    @GET
    @Path("/{shelterId}/export.xlsx")
    @Produces(Excel.XLSX)
    public Response occupantsExport(@PathParam("shelterId") UUID shelterId) {
        ShelterView shelter = api.get("/api/registry/shelters/" + shelterId, ShelterView.class);
        return excel.file(List.of(excel.t("shelter_occupants"), shelter.name()), Sheet.of(
                        excel.t("shelter_occupants") + " · " + shelter.name(), shelter.occupants())
                .text(excel.t("name"), OccupantView::name).text(excel.t("household"), OccupantView::householdId));
    }

    private String scope(String division) {
        return division == null || division.isBlank() ? pages.console().viewer().division() : division;
    }

    private static String listPath(String scope) {
        return "/api/registry/shelters" + (scope == null ? "" : "?division=" + scope);
    }

    /**
     * The shelter's page. A step just taken ({@code expect}: {@code registered}, {@code open}, {@code closed},
     * {@code occupancy-N}) may not show yet in the shelters' read model: the page then looks again in a second, a few
     * times ({@code look}), before it shows what the read model has.
     */
    private TemplateInstance detail(UUID shelterId, String query, ApiProblem problem, String expect, int look) {
        ShelterView shelter;
        try {
            shelter = api.get("/api/registry/shelters/" + shelterId, ShelterView.class);
        } catch (ApiProblem notYet) {
            if (notYet.status() != 404 || !"registered".equals(expect) || look >= LOOKS) {
                throw notYet;
            }
            return pages.page(detail).data("shelter", null).data("shelterId", shelterId).data("q", "")
                    .data("candidates", List.of()).data("problem", null).data("key", Forms.newKey())
                    .data("again", again(shelterId, expect, look));
        }
        boolean shown = expect == null || switch (expect) {
            case "open" -> shelter.open();
            case "closed" -> !shelter.open();
            case "registered" -> true;
            default -> expect.equals("occupancy-" + shelter.occupancy());
        };
        String q = query == null ? "" : query.strip();
        List<Candidate> candidates = new ArrayList<>();
        if (!q.isEmpty()) {
            Set<String> inside = new java.util.HashSet<>();
            shelter.occupants().forEach(occupant -> inside.add(occupant.personId()));
            for (HouseholdView household : api.list("/api/registry/households?size=20&division="
                    + shelter.divisionCode() + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    HouseholdView.class).items()) {
                for (PersonView person : household.members()) {
                    if (person.deceasedOn() == null) {
                        candidates.add(new Candidate(person.personId(), person.name(), text(person.idNumber()),
                                household.householdId(), text(household.address()),
                                inside.contains(person.personId())));
                    }
                }
            }
        }
        return pages.page(detail).data("shelter", shelter).data("shelterId", shelterId).data("q", q)
                .data("again", shown || look >= LOOKS ? null : again(shelterId, expect, look))
                .data("chart", history.occupancy(shelter)).data("handed", history.handedOut(shelter))
                .data("width", StepChart.WIDTH).data("height", StepChart.HEIGHT)
                .data("candidates", candidates)
                .data("problem", problem).data("key", Forms.newKey());
    }

    private static String again(UUID shelterId, String expect, int look) {
        return "/console/shelters/" + shelterId + "?expect=" + expect + "&look=" + (look + 1);
    }

    /** A decimal number as a number; anything else as typed, for the API to refuse with the field named. */
    private static Object decimal(String typed) {
        try {
            return new java.math.BigDecimal(typed);
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
