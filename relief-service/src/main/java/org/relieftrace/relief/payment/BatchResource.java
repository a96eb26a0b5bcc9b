package org.relieftrace.relief.payment;

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
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.payment.PaymentRequests.BatchRequest;
import org.relieftrace.relief.payment.PaymentViews.BatchDetail;
import org.relieftrace.relief.payment.PaymentViews.BatchMade;
import org.relieftrace.relief.payment.PaymentViews.BatchView;
import org.relieftrace.relief.payment.PaymentViews.Reconciliation;

/**
 * 发放批次 — bank batches of approved cases: made up by the one-card rules, exported as the bank file, reconciled
 * with the bank's result file.
 */
@Path("/api/relief/payment-batches")
@Tag(name = "Payment batches", description = "发放批次 — bank batches, bank file, bank results")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class BatchResource {

    @Inject
    BatchIssuing issuing;

    @Inject
    BankReconciliation reconciliation;

    @Inject
    PaymentQueries payments;

    @Inject
    BankFile bankFile;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(operationId = "makePaymentBatch", summary = "Make up a batch (发放批次)", description = "Approved"
            + " cases whose notice completed and that are on no batch yet; per-household money to the head's card,"
            + " per-person money to the person's own card; accounts changed within 30 days are flagged, cases"
            + " without a fitting account held back.")
    @APIResponse(responseCode = "201", description = "made up; Location names the batch",
            content = @Content(schema = @Schema(implementation = BatchMade.class)))
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "division outside the caller's")
    @APIResponse(responseCode = "409", description = "no case can be paid (none approved, held back, or already on"
            + " a batch)")
    public Response make(@NotNull @Valid BatchRequest request) {
        BatchMade made = issuing.regular(request);
        return Created.at("/api/relief/payment-batches/" + made.batchId(), made);
    }

    @GET
    @RolesAllowed({"finance", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listPaymentBatches", summary = "The batches of a division and below",
            description = "Latest first; the caller's division when none is named.")
    @APIResponse(responseCode = "200", description = "a page of batches")
    @APIResponse(responseCode = "400", description = "paging out of bounds")
    public ListPage<BatchView> list(@QueryParam("division") String division,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        return payments.batches(scope == null ? "%" : DivisionCode.of(scope).likePattern(), page, size);
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({"finance", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getPaymentBatch", summary = "A batch with its payments",
            description = "The batch and every payment on it, in line order.")
    @APIResponse(responseCode = "200", description = "the batch")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public BatchDetail get(@PathParam("batchId") UUID batchId) {
        BatchView batch = readable(batchId);
        return new BatchDetail(batch, payments.lines(batchId));
    }

    @GET
    @Path("/{batchId}/bank-file")
    @Produces("text/csv")
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "getBankFile", summary = "The bank file of a batch (代发文件)", description = "CSV in"
            + " the configured layout, then a totals line and a SHA-256 checksum line.")
    @APIResponse(responseCode = "200", description = "the file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "unknown batch")
    public Response bankFile(@PathParam("batchId") UUID batchId) {
        readable(batchId);
        return Response.ok(bankFile.export(payments.lines(batchId)))
                .header("Content-Disposition", "attachment; filename=\"batch-" + batchId + ".csv\"").build();
    }

    @POST
    @Path("/{batchId}/bank-results")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "reconcileBankResults", summary = "Import the bank's result file (银行回盘) and reconcile"
            + " it", description = "Each line paid, or failed with a reason; lines that do not match the batch"
            + " (payment, amount, account) are reported and change nothing; payments without a result stay open.")
    @APIResponse(responseCode = "200", description = "the reconciliation")
    @APIResponse(responseCode = "400", description = "the file cannot be read, with the lines named")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public Reconciliation bankResults(@PathParam("batchId") UUID batchId, String file,
                                      @QueryParam("reason") String reason) {
        BatchView batch = readable(batchId);
        access.requireActingIn(batch.divisionCode());
        if (file == null || file.isBlank()) {
            throw new InvalidInput("file", "is empty");
        }
        return reconciliation.reconcile(batchId, BankFile.sha256(file), bankFile.parse(file), reason);
    }

    private BatchView readable(UUID batchId) {
        BatchView batch = payments.batch(batchId).orElseThrow(() -> new NotFound("batch", batchId));
        access.requireReading(batch.divisionCode());
        return batch;
    }
}
