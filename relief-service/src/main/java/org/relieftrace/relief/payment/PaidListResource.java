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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.relief.registryfacts.RegistryFactsResource;

/** 发放名单公开 — the paid list of a village, to be published: who got how much, card masked. */
@Path("/api/relief/paid-lists")
@Tag(name = "Published lists", description = "发放名单 — the paid list of a village")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PaidListResource {

    /** One paid household on the published list. */
    public record PaidEntry(UUID caseId, UUID householdId, String payeeName, String bank, String maskedAccount,
                            long amountFen, String amountYuan, java.time.LocalDate paidOn) {
    }

    /** A village's paid list with its total. */
    public record PaidList(String villageCode, UUID disasterId, int households, long totalFen,
                           List<PaidEntry> entries) {
    }

    @Inject
    PaymentBook book;

    @Inject
    DivisionAccess access;

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "The paid list of a village (发放名单)", description = "Optionally for one disaster.")
    @APIResponse(responseCode = "200", description = "the list")
    @APIResponse(responseCode = "400", description = "no village named")
    public PaidList paid(@QueryParam("village") String village, @QueryParam("disasterId") UUID disasterId) {
        if (village == null || !Divisions.isCode(village) || !"VILLAGE".equals(Divisions.levelOf(village))) {
            throw new InvalidInput("village", "must be the 12-digit code of a village");
        }
        access.requireReading(village);
        List<PaidEntry> entries = book.paidIn(village, disasterId).stream()
                .map(p -> new PaidEntry(p.caseId(), p.householdId(), p.payeeName(), p.bank(),
                        RegistryFactsResource.mask(p.accountNumber()), p.amountFen(), BankFile.yuan(p.amountFen()),
                        p.paidOn()))
                .toList();
        return new PaidList(village, disasterId, entries.size(), entries.stream().mapToLong(PaidEntry::amountFen)
                .sum(), entries);
    }
}
