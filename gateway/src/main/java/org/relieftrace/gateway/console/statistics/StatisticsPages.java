package org.relieftrace.gateway.console.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.statistics.StatisticsSheets.ComparisonRow;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Comparison;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Death;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Deadline;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Disaster;
import org.relieftrace.gateway.console.statistics.StatisticsViews.ReliefCase;
import org.relieftrace.gateway.console.statistics.StatisticsViews.Report;
import org.relieftrace.gateway.console.statistics.StatisticsViews.RollUp;

import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/**
 * 灾情统计 — the disasters in the console and one disaster's statistics page: the township reports (初报, 续报, 核报
 * per form), their deadlines with the overdue ones flagged, a report form, the county roll-up (at county level) and
 * the township figures beside what the services recorded, with the three lists (一览表); printable as PDF.
 */
@Path("/console/disasters")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class StatisticsPages {

    /** The forms and their figures, in the forms' order (as the registry's report form asks for them). */
    public static final Map<String, List<String>> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("LOSS", List.of("affectedPeople", "evacuatedPeople", "needingAidPeople", "deaths", "missing",
                "collapsedHouses", "severelyDamagedHouses", "generallyDamagedHouses", "directLossFen"));
        FORMS.put("RELIEF_WORK", List.of("resettledPeople", "dispersedPeople", "goodsDistributed",
                "householdsSupplied", "peopleAided", "reliefPaidFen"));
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    StatisticsComparison comparison;

    @Inject
    Excel excel;

    @Inject
    @Location("console/disasters.html")
    Template list;

    @Inject
    @Location("console/disaster-statistics.html")
    Template detail;

    @GET
    public TemplateInstance disasters() {
        List<Disaster> disasters = api.list("/api/registry/disasters?size=100", Disaster.class).items();
        return pages.page(list).data("disasters", disasters);
    }

    @GET
    @Path("/{disasterId}")
    public TemplateInstance disaster(@PathParam("disasterId") UUID disasterId, @QueryParam("form") String form) {
        return detail(disasterId, FORMS.containsKey(form) ? form : "LOSS", null);
    }

    @POST
    @Path("/{disasterId}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("disasterId") UUID disasterId, MultivaluedMap<String, String> fields) {
        String form = FORMS.containsKey(one(fields, "form")) ? one(fields, "form") : "LOSS";
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "townshipCode", one(fields, "townshipCode"));
        body.put("form", form);
        put(body, "kind", one(fields, "kind"));
        put(body, "asOf", Formats.shanghaiInputToInstant(one(fields, "asOf")));
        Map<String, Object> figures = new LinkedHashMap<>();
        FORMS.get(form).forEach(name -> Forms.putNumber(figures, name, one(fields, "figure." + name)));
        body.put("figures", figures);
        put(body, "reason", one(fields, "reason"));
        return Submission.send(() -> {
            api.post("/api/registry/disasters/" + disasterId + "/township-reports", body, Forms.key(fields));
            return "/console/disasters/" + disasterId + "?form=" + form + "#reports";
        }, problem -> detail(disasterId, form, problem));
    }

    @GET
    @Path("/{disasterId}/statistics.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("disasterId") UUID disasterId) {
        String base = "/api/registry/disasters/" + disasterId;
        Disaster disaster = api.get(base, Disaster.class);
        List<Report> reports = api.list(base + "/township-reports?size=500", Report.class).items();
        byte[] pdf = StatisticsSheets.pdf(disaster, comparison.of(disasterId.toString(), reports, null),
                pages.console().texts());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"statistics-" + disasterId.toString().substring(0, 8) + ".pdf\"").build();
    }

    /**
     * 灾情统计导出 — the disaster's statistics as Excel, one sheet each: the comparison as the page shows it, the
     * township reports, and the three lists (一览表), read through the same calls as the page.
     */
    @GET
    @Path("/{disasterId}/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@PathParam("disasterId") UUID disasterId) {
        String base = "/api/registry/disasters/" + disasterId;
        Disaster disaster = api.get(base, Disaster.class);
        List<Report> reports = api.list(base + "/township-reports?size=500", Report.class).items();
        Comparison compared = comparison.of(disasterId.toString(), reports, null);
        Map<String, String> t = pages.console().texts();
        return excel.file(List.of(t.get("stat_title"), disaster.name()),
                Sheet.of(t.get("stat_comparison") + " · " + disaster.name(), StatisticsSheets.rows(compared, t))
                        .text(t.get("stat_township"), ComparisonRow::township)
                        .text(t.get("stat_figure"), ComparisonRow::figure)
                        .number(t.get("stat_reported"), ComparisonRow::reported)
                        .number(t.get("stat_recorded"), ComparisonRow::recorded)
                        .text(t.get("stat_mark"), ComparisonRow::mark),
                Sheet.of(t.get("stat_reports"), reports).text(t.get("stat_township"), Report::townshipName)
                        .text(t.get("stat_form"), report -> Formats.text(t, "form_", report.form()))
                        .text(t.get("stat_kind"), report -> Formats.text(t, "kind_", report.kind()))
                        .text(t.get("stat_as_of"), report -> Formats.time(report.asOf()))
                        .text(t.get("stat_figures"), report -> report.figures().toString()),
                Sheet.of(t.get("stat_deaths_list"), compared.deaths()).text(t.get("name"), Death::name)
                        .text(t.get("division"), Death::divisionCode)
                        .date(t.get("stat_date_of_death"), Death::dateOfDeath),
                cases(t.get("stat_housing_list"), compared.housing(), t),
                cases(t.get("stat_winter_list"), compared.winterSpring(), t));
    }

    private static Sheet<ReliefCase> cases(String title, List<ReliefCase> cases, Map<String, String> t) {
        return Sheet.of(title, cases).text(t.get("stat_household"), ReliefCase::householdId)
                .text(t.get("division"), ReliefCase::divisionCode)
                .text(t.get("stat_damage_grade"), ReliefCase::damageGrade)
                .number(t.get("stat_members"), ReliefCase::membersCovered)
                .text(t.get("relief_status"), c -> Formats.text(t, "case_", c.status()))
                .yuan(t.get("relief_amount"), ReliefCase::amountFen);
    }

    private TemplateInstance detail(UUID disasterId, String form, ApiProblem problem) {
        String base = "/api/registry/disasters/" + disasterId;
        Disaster disaster = api.get(base, Disaster.class);
        List<Report> reports = api.list(base + "/township-reports?size=500", Report.class).items();
        List<Deadline> deadlines = api.list(base + "/report-deadlines?size=500", Deadline.class).items();
        List<RollUp> rollUps = FORMS.keySet().stream().map(name -> rollUp(base, name))
                .filter(Objects::nonNull).toList();
        List<String> townships = deadlines.stream().map(Deadline::townshipCode).distinct().toList();
        return pages.page(detail).data("disaster", disaster).data("reports", reports).data("deadlines", deadlines)
                .data("rollUps", rollUps).data("townships", townships).data("form", form)
                .data("figureNames", FORMS.get(form)).data("forms", FORMS.keySet())
                .data("comparison", comparison.of(disasterId.toString(), reports, null))
                .data("problem", problem).data("key", Forms.newKey());
    }

    /** The county's roll-up of a form, or null for a caller below the county (the registry refuses them). */
    private RollUp rollUp(String base, String form) {
        try {
            return api.get(base + "/reports?form=" + form, RollUp.class);
        } catch (ApiProblem refused) {
            return null;
        }
    }
}
