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
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.BankFile;
import org.relieftrace.relief.publication.ListPdf;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Division;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeRequest;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeAnswer;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeView;

/**
 * 公示 — a village's appraised cases posted as a list for a configured number of days (default 7): the list is kept
 * as the snapshot that went up, and each case on it waits until the period ran out before the township reviews it.
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @ActsIn(division = "villageCode")
    @Operation(operationId = "postNotice", summary = "Post a village's appraised cases (公示)",
            description = "Every appraised case of the village goes on the list; the notice runs from postedOn for"
                    + " the given days (the configured default, 7, when absent).")
    @APIResponse(responseCode = "201", description = "posted; Location names the notice",
            content = @Content(schema = @Schema(implementation = NoticeAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "village outside the caller's division")
    @APIResponse(responseCode = "409", description = "no appraised case to post")
    public Response post(@NotNull @Valid NoticeRequest request) {
        NoticeAnswer posted = posting.post(request);
        return Created.at("/api/relief/public-notices/" + posted.noticeId(), posted);
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
        return notices.ofVillage(village, page, size);
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
    @Operation(operationId = "getNotice", summary = "A posted list (公示名单) as it went up",
            description = "Its period and its entries as they were posted.")
    @APIResponse(responseCode = "200", description = "the notice")
    @APIResponse(responseCode = "404", description = "unknown notice")
    public NoticeView get(@PathParam("noticeId") UUID noticeId) {
        NoticeView notice = notices.find(noticeId).orElseThrow(() -> new NotFound("notice", noticeId));
        access.requireReading(notice.villageCode());
        return notice;
    }
}
