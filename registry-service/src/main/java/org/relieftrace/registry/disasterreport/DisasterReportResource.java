package org.relieftrace.registry.disasterreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.registry.disaster.DisasterQueries;
import org.relieftrace.registry.disaster.DisasterViews.DisasterView;
import org.relieftrace.registry.disasterreport.DisasterReportCommands.FileTownshipReport;
import org.relieftrace.registry.disasterreport.DisasterReportRequests.TownshipReportRequest;
import org.relieftrace.registry.disasterreport.DisasterReportViews.DeadlineView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.RecordedFiguresView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.ReportFiledAnswer;
import org.relieftrace.registry.disasterreport.DisasterReportViews.ReportView;
import org.relieftrace.registry.disasterreport.DisasterReportViews.RollUpView;

/**
 * 灾情统计报表 — the townships' reports on a disaster (初报, 续报, 核报 per form), their deadlines, the county's roll-up
 * and what the registry recorded beside them. Civil-affairs staff report for their township, or from the county for
 * any township of it.
 */
@Path("/api/registry/disasters/{disasterId}")
@Tag(name = "Disaster reports", description = "灾情统计报表 — township reports, deadlines and the county roll-up")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DisasterReportResource {

    private static final String READERS_NOTE = " Every role reading the disaster sees the townships of its lineage.";

    @Inject
    Commands commands;

    @Inject
    DisasterQueries disasters;

    @Inject
    DisasterReportQueries reports;

    @Inject
    RecordedFigureQueries recorded;

    @Inject
    ReportAccess access;

    @Inject
    BeijingTime time;

    @POST
    @Path("/township-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "fileTownshipReport", summary = "File a township's report on a form (乡镇灾情报告)",
            description = "初报 first, then 续报; the 核报 closes the township's series for that form. Every figure"
                    + " of the form is required. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "filed; Location names the disaster's township reports",
            content = @Content(schema = @Schema(implementation = ReportFiledAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input (a figure missing or unknown, asOf in the"
            + " future), with the fields named")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    @APIResponse(responseCode = "409", description = "a township the disaster does not affect, a 续报 before the"
            + " 初报, a series closed by its 核报, or a moment before the disaster or the latest report")
    public Response file(@PathParam("disasterId") UUID disasterId, @NotNull @Valid TownshipReportRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (request.asOf().toInstant().isAfter(time.now())) {
            errors.add(new InvalidInput.FieldError("asOf", "must not be in the future"));
        }
        Map<String, Long> figures = request.figures();
        request.form().figures().stream().filter(name -> !figures.containsKey(name))
                .forEach(name -> errors.add(new InvalidInput.FieldError("figures." + name, "is required")));
        figures.keySet().stream().filter(name -> !request.form().figures().contains(name))
                .forEach(name -> errors.add(new InvalidInput.FieldError("figures." + name, "is not on the form")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        access.requireFilingFor(request.townshipCode());
        DisasterDeclared disaster = disasters.declaration(disasterId)
                .orElseThrow(() -> new NotFound("disaster", disasterId));
        UUID filed = commands.send(new FileTownshipReport(commands.newId("township-report"), disasterId,
                request.townshipCode(), request.form(), request.kind(), request.asOf().toInstant(), figures,
                disaster.startedAt(), disaster.affectedDivisionCodes()), request.reason());
        return Created.at("/api/registry/disasters/" + disasterId + "/township-reports", new ReportFiledAnswer(filed));
    }

    @GET
    @Path("/township-reports")
    @RolesAllowed({"civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listTownshipReports", summary = "The townships' reports on a disaster",
            description = "Newest first, optionally of one form; each marked where it contradicts what the"
                    + " registry recorded (fewer resettled than checked in, fewer deaths than recorded)."
                    + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "a page of reports")
    @APIResponse(responseCode = "403", description = "the disaster does not touch the caller's division")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    public ListPage<ReportView> list(@PathParam("disasterId") UUID disasterId, @QueryParam("form") ReportForm form,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DisasterView disaster = access.readable(disasterId);
        return reports.reports(disaster, access.townships(disaster), form, page, size);
    }

    @GET
    @Path("/report-deadlines")
    @RolesAllowed({"civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listReportDeadlines", summary = "The reporting deadlines of a disaster (报送时限)",
            description = "Per township and form: the 初报 due 2 hours after the start, a 续报 each day by 09:00"
                    + " while the response lasts, the 核报 within 5 days of its end; overdue ones flagged."
                    + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "a page of deadlines, by township and form")
    @APIResponse(responseCode = "403", description = "the disaster does not touch the caller's division")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    public ListPage<DeadlineView> deadlines(@PathParam("disasterId") UUID disasterId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DisasterView disaster = access.readable(disasterId);
        return ListPage.of(reports.deadlines(disaster, access.townships(disaster)), page, size);
    }

    @GET
    @Path("/reports")
    @RolesAllowed({"civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getReportRollUp", summary = "The county's roll-up of a form (县级汇总)",
            description = "The latest report of each township (by as-of) summed figure by figure; read at county"
                    + " level by a caller whose division holds every division the disaster affects.")
    @APIResponse(responseCode = "200", description = "the roll-up")
    @APIResponse(responseCode = "400", description = "no or an unknown form")
    @APIResponse(responseCode = "403", description = "not at county level, or the disaster outside the caller's")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    public RollUpView rollUp(@PathParam("disasterId") UUID disasterId,
                             @QueryParam("form") @NotNull ReportForm form) {
        DisasterView disaster = access.rollUpReadable(disasterId);
        return reports.rollUp(disaster, access.townships(disaster), form);
    }

    @GET
    @Path("/recorded-figures")
    @RolesAllowed({"civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listRecordedFigures", summary = "What the registry recorded per township (台账数据)",
            description = "Since the disaster began: the people checked in to the township's shelters and each"
                    + " death recorded in its households (因灾死亡失踪人口一览表)." + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "a page of townships with their recorded figures")
    @APIResponse(responseCode = "403", description = "the disaster does not touch the caller's division")
    @APIResponse(responseCode = "404", description = "unknown disaster")
    public ListPage<RecordedFiguresView> recorded(@PathParam("disasterId") UUID disasterId,
                                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                  int size) {
        DisasterView disaster = access.readable(disasterId);
        return ListPage.of(access.townships(disaster), page, size)
                .map(township -> recorded.of(township, disaster.startedAt()));
    }
}
