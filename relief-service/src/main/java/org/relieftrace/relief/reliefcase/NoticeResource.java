package org.relieftrace.relief.reliefcase;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.payment.BankFile;
import org.relieftrace.relief.publication.ListPdf;
import org.relieftrace.relief.registryfacts.RegistryFacts;
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeRequest;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;

/**
 * 公示 — a village's appraised cases posted as a list for a configured number of days (default 7): the list is kept
 * as the snapshot that went up, and each case on it waits until the period ran out before the township reviews it.
 */
@Path("/api/relief/public-notices")
@Tag(name = "Public notices", description = "公示 — posted lists of appraised cases")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class NoticeResource {

    /** What a posted notice answers. */
    public record NoticeAnswer(UUID noticeId, int cases) {
    }

    @Inject
    ReliefRules rules;

    @Inject
    Commands commands;

    @Inject
    CaseBook cases;

    @Inject
    NoticeBoard board;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @Inject
    ListPdf pdf;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @ActsIn(division = "villageCode")
    @Operation(summary = "Post a village's appraised cases (公示)", description = "Every appraised case of the"
            + " village goes on the list; the notice runs from postedOn for the given days (the configured default,"
            + " 7, when absent).")
    @APIResponse(responseCode = "201", description = "posted; Location names the notice")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "village outside the caller's division")
    @APIResponse(responseCode = "409", description = "no appraised case to post")
    public Response post(@NotNull @Valid NoticeRequest request) {
        if (!"VILLAGE".equals(Divisions.levelOf(request.villageCode()))) {
            throw new InvalidInput("villageCode", "must be a village");
        }
        if (request.postedOn().isAfter(CaseResource.today())) {
            throw new InvalidInput("postedOn", "must not be in the future");
        }
        int days = request.days() != null ? request.days() : rules.noticeDays();
        List<CaseView> appraised = cases.list(request.villageCode(), CaseStatus.APPRAISED, null, null, 0, 10_000);
        List<NoticeEntry> entries = new ArrayList<>();
        for (CaseView c : appraised) {
            if (c.appraisedOn().isAfter(request.postedOn())) {
                throw new InvalidInput("postedOn", "case " + c.caseId() + " was appraised later, on "
                        + c.appraisedOn());
            }
            RegistryFacts.Household household = registry.household(c.householdId()).orElseThrow();
            String head = registry.person(household.headPersonId()).map(RegistryFacts.Person::name).orElse("");
            entries.add(new NoticeEntry(c.caseId(), c.householdId(), head, c.category(), c.period(),
                    c.membersCovered(), c.months(), c.proposedAmountFen()));
        }
        UUID noticeId = commands.newId("notice");
        commands.send(new PostNotice(noticeId, request.villageCode(), request.postedOn(),
                request.postedOn().plusDays(days), entries), request.reason());
        for (NoticeEntry entry : entries) {
            commands.sendFollowUp(new PutOnNotice(entry.caseId(), noticeId, request.postedOn(),
                    request.postedOn().plusDays(days)), request.reason());
        }
        return Response.created(URI.create("/api/relief/public-notices/" + noticeId))
                .entity(new NoticeAnswer(noticeId, entries.size())).build();
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "The notices of a village, latest first")
    @APIResponse(responseCode = "200", description = "the notices")
    public List<NoticeBoard.NoticeView> list(@QueryParam("village") String village) {
        if (village == null || !Divisions.isCode(village)) {
            throw new InvalidInput("village", "must be a 12-digit division code");
        }
        access.requireReading(village);
        return board.ofVillage(village);
    }

    @GET
    @Path("/{noticeId}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "A posted list (公示名单) as a printable PDF")
    @APIResponse(responseCode = "200", description = "the PDF")
    @APIResponse(responseCode = "404", description = "unknown notice")
    public Response pdf(@PathParam("noticeId") UUID noticeId) {
        NoticeBoard.NoticeView notice = get(noticeId);
        String village = registry.division(notice.villageCode()).map(RegistryFacts.Division::name)
                .orElse(notice.villageCode());
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (NoticeEntry entry : notice.entries()) {
            rows.add(List.of(Integer.toString(rows.size() + 1), entry.headName(), entry.category().name(),
                    entry.period(), Integer.toString(entry.membersCovered()), Integer.toString(entry.months()),
                    BankFile.yuan(entry.proposedAmountFen())));
            total += entry.proposedAmountFen();
        }
        byte[] pdf = this.pdf.render(new ListPdf.Content(village + " 救助对象公示名单",
                List.of("公示期: " + notice.postedOn() + " 至 " + notice.endsOn(),
                        "如有异议, 请在公示期内向村民委员会或乡镇人民政府反映。"),
                List.of("序号", "户主", "救助类别", "期间", "救助人数", "月数", "拟救助金额(元)"),
                new float[] {1, 3, 3, 2, 2, 1, 3}, rows,
                "合计 " + rows.size() + " 户, " + BankFile.yuan(total) + " 元"));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"notice-" + noticeId + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{noticeId}")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "A posted list (公示名单) as it went up")
    @APIResponse(responseCode = "200", description = "the notice")
    @APIResponse(responseCode = "404", description = "unknown notice")
    public NoticeBoard.NoticeView get(@PathParam("noticeId") UUID noticeId) {
        NoticeBoard.NoticeView notice = board.find(noticeId).orElseThrow(() -> new NotFound("notice", noticeId));
        access.requireReading(notice.villageCode());
        return notice;
    }
}
