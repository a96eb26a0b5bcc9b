package org.relieftrace.relief.payment;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.PaymentViews.PaidEntry;
import org.relieftrace.relief.payment.PaymentViews.PaidList;
import org.relieftrace.relief.publication.ListPdf;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Division;

/** 发放名单公开 — the paid list of a village, to be published: who got how much, card masked. */
@Path("/api/relief/paid-lists")
@Tag(name = "Published lists", description = "发放名单 — the paid list of a village")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PaidListResource {

    @Inject
    PaymentQueries payments;

    @Inject
    DivisionAccess access;

    @Inject
    ListPdf pdf;

    @Inject
    RegistryFactsQueries registry;

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getPaidList", summary = "The paid list of a village (发放名单)",
            description = "Who got how much, card masked; optionally for one disaster's cases.")
    @APIResponse(responseCode = "200", description = "the list")
    @APIResponse(responseCode = "400", description = "no village named")
    public PaidList paid(@QueryParam("village") String village, @QueryParam("disasterId") UUID disasterId) {
        if (village == null || !DivisionCode.isValid(village)
                || DivisionCode.of(village).level() != DivisionCode.Level.VILLAGE) {
            throw new InvalidInput("village", "must be the 12-digit code of a village");
        }
        access.requireReading(village);
        List<PaidEntry> entries = payments.paidIn(village, disasterId).stream()
                .map(p -> new PaidEntry(p.caseId(), p.householdId(), p.payeeName(), p.bank(),
                        RegistryFactsViews.masked(p.accountNumber()), p.amountFen(), BankFile.yuan(p.amountFen()),
                        p.paidOn()))
                .toList();
        return new PaidList(village, disasterId, entries.size(), entries.stream().mapToLong(PaidEntry::amountFen)
                .sum(), entries);
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getPaidListPdf", summary = "The paid list of a village as a printable PDF (发放名单公示)",
            description = "The paid list laid out for posting in the village.")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "no village named")
    public Response pdf(@QueryParam("village") String village, @QueryParam("disasterId") UUID disasterId) {
        PaidList list = paid(village, disasterId);
        String name = registry.division(village).map(Division::name).orElse(village);
        List<List<String>> rows = list.entries().stream()
                .map(e -> List.of(e.payeeName(), e.bank(), e.maskedAccount(), e.amountYuan(),
                        String.valueOf(e.paidOn())))
                .toList();
        byte[] pdf = this.pdf.render(new ListPdf.Content(name + " 救灾资金发放名单",
                List.of("资金经一卡通发放至本人账户; 账号仅显示后四位。"),
                List.of("收款人", "开户银行", "账号", "金额(元)", "发放日期"), new float[] {3, 4, 4, 2, 2}, rows,
                "合计 " + list.households() + " 户, " + BankFile.yuan(list.totalFen()) + " 元"));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"paid-" + village + ".pdf\"")
                .build();
    }
}
