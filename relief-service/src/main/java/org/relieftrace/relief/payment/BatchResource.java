package org.relieftrace.relief.payment;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.relief.reliefcase.CaseBook;
import org.relieftrace.relief.reliefcase.CaseStatus;
import org.relieftrace.relief.reliefcase.CaseView;

/**
 * 发放批次 — bank batches of approved cases: made up by the one-card rules, exported as the bank file, reconciled
 * with the bank's result file.
 */
@Path("/api/relief/payment-batches")
@Tag(name = "Payment batches", description = "发放批次 — bank batches, bank file, bank results")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class BatchResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_CASES = 100_000;

    /** A batch with its lines. */
    public record BatchDetail(PaymentBook.BatchView batch, List<PaymentBook.PaymentView> payments) {
    }

    @Inject
    PaymentBatches batches;

    @Inject
    PaymentBook book;

    @Inject
    CaseBook cases;

    @Inject
    BankFile bankFile;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(summary = "Make up a batch (发放批次)", description = "Approved cases whose notice completed and that"
            + " are on no batch yet; per-household money to the head's card, per-person money to the person's own"
            + " card; accounts changed within 30 days are flagged, cases without a fitting account held back.")
    @APIResponse(responseCode = "201", description = "made up; Location names the batch")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "division outside the caller's")
    @APIResponse(responseCode = "409", description = "no case can be paid (none approved, held back, or already on"
            + " a batch)")
    public Response make(@NotNull @Valid BatchRequest request) {
        LocalDate today = LocalDate.now(CHINA);
        List<CaseView> payable = new ArrayList<>();
        Set<UUID> wanted = request.caseIds() == null ? null : new HashSet<>(request.caseIds());
        List<CaseView> approved = cases.list(request.divisionCode(), CaseStatus.APPROVED, request.disasterId(),
                request.category(), 0, MAX_CASES);
        for (CaseView c : approved) {
            boolean noticeDone = c.noticeEndsOn() != null && !c.noticeEndsOn().isAfter(today);
            if (c.paymentStatus() == null && noticeDone && (wanted == null || wanted.contains(c.caseId()))) {
                payable.add(c);
            }
        }
        if (wanted != null) {
            Set<UUID> found = new HashSet<>();
            approved.forEach(c -> found.add(c.caseId()));
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            for (UUID id : wanted) {
                if (!found.contains(id)) {
                    errors.add(new InvalidInput.FieldError("caseIds", "case " + id + " is not an approved case of "
                            + request.divisionCode()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            approved.stream().filter(c -> wanted.contains(c.caseId()) && !payable.contains(c)).forEach(payable::add);
        }
        List<PaymentBatches.Claim> claims = payable.stream().map(c -> new PaymentBatches.Claim(c, 1, null)).toList();
        PaymentBatches.BatchMade made = batches.make(request.divisionCode(), "REGULAR", request.title(), claims,
                request.reason());
        return Response.created(URI.create("/api/relief/payment-batches/" + made.batchId())).entity(made).build();
    }

    @GET
    @RolesAllowed({"finance", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "The batches of a division and below, latest first")
    @APIResponse(responseCode = "200", description = "the batches")
    public List<PaymentBook.BatchView> list(@QueryParam("division") String division) {
        String scope = access.readingScope(division);
        return book.batches(scope == null ? "" : Divisions.significantPrefix(scope));
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({"finance", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "A batch with its payments")
    @APIResponse(responseCode = "200", description = "the batch")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public BatchDetail get(@PathParam("batchId") UUID batchId) {
        PaymentBook.BatchView batch = readable(batchId);
        return new BatchDetail(batch, book.lines(batchId));
    }

    @GET
    @Path("/{batchId}/bank-file")
    @Produces("text/csv")
    @RolesAllowed({"finance", "admin"})
    @Operation(summary = "The bank file of a batch (代发文件)", description = "CSV in the configured layout, then a"
            + " totals line and a SHA-256 checksum line.")
    @APIResponse(responseCode = "200", description = "the file")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public Response bankFile(@PathParam("batchId") UUID batchId) {
        readable(batchId);
        return Response.ok(bankFile.export(book.lines(batchId)))
                .header("Content-Disposition", "attachment; filename=\"batch-" + batchId + ".csv\"").build();
    }

    @POST
    @Path("/{batchId}/bank-results")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"finance", "admin"})
    @Operation(summary = "Import the bank's result file (银行回盘) and reconcile it", description = "Each line paid,"
            + " or failed with a reason; lines that do not match the batch (payment, amount, account) are reported"
            + " and change nothing; payments without a result stay open.")
    @APIResponse(responseCode = "200", description = "the reconciliation")
    @APIResponse(responseCode = "400", description = "the file cannot be read, with the lines named")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public PaymentBatches.Reconciliation bankResults(@PathParam("batchId") UUID batchId, String file,
                                                    @QueryParam("reason") String reason) {
        PaymentBook.BatchView batch = readable(batchId);
        access.requireActingIn(batch.divisionCode());
        if (file == null || file.isBlank()) {
            throw new InvalidInput("file", "is empty");
        }
        return batches.reconcile(batchId, BankFile.sha256(file), bankFile.parse(file), reason);
    }

    private PaymentBook.BatchView readable(UUID batchId) {
        PaymentBook.BatchView batch = book.batch(batchId).orElseThrow(() -> new NotFound("batch", batchId));
        access.requireReading(batch.divisionCode());
        return batch;
    }
}
