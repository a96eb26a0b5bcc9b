package org.relieftrace.relief.reliefcase;

import java.util.ArrayList;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.BankFile;
import org.relieftrace.relief.publication.ListPdf;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Division;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeConfirmationRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.PaperNoticeRequest;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeAnswer;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeView;

/**
 * 公示 — a village's appraised cases posted as a list, dated by the server, for at least the configured number of days
 * (default 7): the list is kept as the snapshot that went up, and each case on it waits until the period ran out
 * before the township reviews it. A paper list put up earlier is recorded after the fact ({@code /paper}), marked so,
 * and counts from the day it was recorded until a county user other than its recorder confirms it.
 */
@Path("/api/relief/public-notices")
@Tag(name = "Public notices", description = "公示 — posted lists of appraised cases")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class NoticeResource {

    @Inject
    NoticePosting posting;

    @Inject
    NoticeQueries notices;

    @Inject
    RegistryFactsQueries registry;

    @Inject
    DivisionAccess access;

    @Inject
    ListPdf pdf;

    @Inject
    CurrentCaller caller;

    @Inject
    CaseActions actions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @ActsIn(division = "villageCode")
    @Operation(operationId = "postNotice", summary = "Post a village's appraised cases (公示)",
            description = "Every appraised case of the village goes on the list; the notice runs from today (the"
                    + " server's date, Beijing) for the given days, at least the configured minimum (7 by default)."
                    + " A postedOn is refused: a list put up earlier is recorded with POST /paper.")
    @APIResponse(responseCode = "201", description = "posted; Location names the notice",
            content = @Content(schema = @Schema(implementation = NoticeAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named (a postedOn)")
    @APIResponse(responseCode = "409", description = "no appraised case to post, or a period shorter than the"
            + " minimum (notice-period-too-short)")
    public Response post(@NotNull @Valid NoticeRequest request) {
        NoticeAnswer posted = posting.post(request);
        return Created.at("/api/relief/public-notices/" + posted.noticeId(), posted);
    }

    @POST
    @Path("/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @ActsIn(division = "villageCode")
    @Operation(operationId = "recordPaperNotice", summary = "Record a paper list put up earlier (补录公示)",
            description = "Every appraised case of the village goes on the list, marked as recorded after the fact"
                    + " with its document and the reason. Its period counts from the day it is recorded, not from"
                    + " postedOn, until a county user other than the recorder confirms it.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the notice",
            content = @Content(schema = @Schema(implementation = NoticeAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named (no document or reason)")
    @APIResponse(responseCode = "409", description = "no appraised case, or a period shorter than the minimum")
    public Response record(@NotNull @Valid PaperNoticeRequest request) {
        NoticeAnswer recorded = posting.record(request);
        return Created.at("/api/relief/public-notices/" + recorded.noticeId(), recorded);
    }

    @POST
    @Path("/{noticeId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "confirmPaperNotice", summary = "Confirm a paper list recorded after the fact (补录确认)",
            description = "By county staff other than the user who recorded it, with a reason: the list's cases then"
                    + " count its period from the day it went up.")
    @APIResponse(responseCode = "204", description = "confirmed")
    @APIResponse(responseCode = "400", description = "no reason")
    @APIResponse(responseCode = "403", description = "not county staff of the village")
    @APIResponse(responseCode = "404", description = "unknown notice")
    @APIResponse(responseCode = "409", description = "not recorded after the fact, already confirmed, or the"
            + " recorder (separation-of-duties)")
    public void confirm(@PathParam("noticeId") UUID noticeId, @NotNull @Valid NoticeConfirmationRequest request) {
        access.requireActingIn(posting.villageOf(noticeId));
        Caller who = caller.get();
        DivisionCode.Level level = CaseActions.levelOf(who);
        if (!who.hasRole(DivisionAccess.ADMIN) && (level == null || !CaseRules.approvesAt(level))) {
            throw new AccessDenied(who.username() + " works at " + level + " level, confirming needs COUNTY");
        }
        posting.confirm(noticeId, request.reason());
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listNotices", summary = "The notices of a village",
            description = "Latest first, each as it went up.")
    @APIResponse(responseCode = "200", description = "a page of notices")
    @APIResponse(responseCode = "400", description = "no village named, or paging out of bounds")
    public ListPage<NoticeView> list(@QueryParam("village") String village,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (village == null || !DivisionCode.isValid(village)) {
            throw new InvalidInput("village", "must be a 12-digit division code");
        }
        access.requireReading(village);
        return notices.ofVillage(village, page, size).map(actions::of);
    }

    @GET
    @Path("/{noticeId}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getNoticePdf", summary = "A posted list (公示名单) as a printable PDF",
            description = "The list as it went up, laid out for posting in the village.")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "unknown notice")
    public Response pdf(@PathParam("noticeId") UUID noticeId) {
        NoticeView notice = get(noticeId);
        String village = registry.division(notice.villageCode()).map(Division::name)
                .orElse(notice.villageCode());
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (NoticeEntry entry : notice.entries()) {
            rows.add(List.of(Integer.toString(rows.size() + 1), entry.headName(), entry.category().name(),
                    entry.period(), Integer.toString(entry.membersCovered()), Integer.toString(entry.months()),
                    BankFile.yuan(entry.proposedAmountFen())));
            total += entry.proposedAmountFen();
        }
        List<String> header = new ArrayList<>(List.of("公示期: " + notice.postedOn() + " 至 " + notice.endsOn(),
                "如有异议, 请在公示期内向村民委员会或乡镇人民政府反映。"));
        if (notice.recordedAfterTheFact()) {
            header.add("补录: 纸质公示 " + notice.documentReference() + " 于 " + notice.recordedOn() + " 补录 ("
                    + notice.recordedReason() + ")" + (notice.confirmedBy() == null ? ", 未经县级确认"
                    : ", 县级确认: " + notice.confirmedBy() + " " + notice.confirmedOn()));
        }
        byte[] pdf = this.pdf.render(new ListPdf.Content(village + " 救助对象公示名单", header,
                List.of("序号", "户主", "救助类别", "期间", "救助人数", "月数", "拟救助金额(元)"),
                new float[] {1, 3, 3, 2, 2, 1, 3}, rows,
                "合计 " + rows.size() + " 户, " + BankFile.yuan(total) + " 元"));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"notice-" + noticeId + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{noticeId}")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getNotice", summary = "A posted list (公示名单) as it went up",
            description = "Its period and its entries as they were posted, marked when recorded after the fact, with"
                    + " the steps the caller may take on it now (confirmation).")
    @APIResponse(responseCode = "200", description = "the notice")
    @APIResponse(responseCode = "404", description = "unknown notice")
    public NoticeView get(@PathParam("noticeId") UUID noticeId) {
        NoticeView notice = notices.find(noticeId).orElseThrow(() -> new NotFound("notice", noticeId));
        access.requireReading(notice.villageCode());
        return actions.of(notice);
    }
}
