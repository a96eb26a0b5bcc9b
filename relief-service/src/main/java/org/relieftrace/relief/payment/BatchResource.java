package org.relieftrace.relief.payment;

import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import org.relieftrace.relief.payment.PaymentRequests.AccountConfirmation;
import org.relieftrace.relief.payment.PaymentRequests.BatchRequest;
import org.relieftrace.relief.payment.PaymentViews.BatchDetail;
import org.relieftrace.relief.payment.PaymentViews.BatchMade;
import org.relieftrace.relief.payment.PaymentViews.BatchReleasedAnswer;
import org.relieftrace.relief.payment.PaymentViews.BatchView;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;
import org.relieftrace.relief.payment.PaymentViews.Reconciliation;

/**
 * 发放批次 — bank batches of approved cases: made up by the one-card rules, released by a second user (双人复核),
 * exported as the bank file, reconciled with the bank's result file.
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

    @Inject
    BatchRelease release;

    @Inject
    HeldReasons reasons;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(operationId = "makePaymentBatch", summary = "Make up a batch (发放批次)", description = "Approved"
            + " cases whose notice completed and that are on no batch yet; per-household money to the head's card,"
            + " per-person money to the person's own card; payments to accounts changed within 30 days are held out"
            + " of the bank file until a second check, cases without a fitting account held back (each with the"
            + " rule's code). Its bank file needs a second user's release.")
    @APIResponse(responseCode = "201", description = "made up; Location names the batch",
            content = @Content(schema = @Schema(implementation = BatchMade.class)))
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
        Locale locale = reasons.localeOf(headers);
        return payments.batches(scope == null ? "%" : DivisionCode.of(scope).likePattern(), page, size)
                .map(batch -> release.seen(batch, locale));
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({"finance", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getPaymentBatch", summary = "A batch with its payments",
            description = "The batch and every payment on it, in line order; payments held out of the bank file"
                    + " and cases left off the batch carry the rule's code and text.")
    @APIResponse(responseCode = "200", description = "the batch")
    @APIResponse(responseCode = "404", description = "unknown batch")
    public BatchDetail get(@PathParam("batchId") UUID batchId) {
        BatchView batch = readable(batchId);
        return release.seen(batch, payments.lines(batchId), reasons.localeOf(headers));
    }

    @POST
    @Path("/{batchId}/release")
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "releasePaymentBatch", summary = "Release the batch's next bank file (双人复核)",
            description = "By a finance user other than the one who made the batch: the payments not held out of the"
                    + " file (or confirmed since) go into bank file n+1; before the first release there is no bank"
                    + " file.")
    @APIResponse(responseCode = "200", description = "released",
            content = @Content(schema = @Schema(implementation = BatchReleasedAnswer.class)))
    @APIResponse(responseCode = "404", description = "unknown batch")
    @APIResponse(responseCode = "409", description = "the caller made the batch (separation-of-duties), or nothing"
            + " is left to release")
    public BatchReleasedAnswer release(@PathParam("batchId") UUID batchId, @QueryParam("reason") String reason) {
        access.requireActingIn(readable(batchId).divisionCode());
        int file = release.release(batchId, reason);
        return new BatchReleasedAnswer(batchId, file, release.bankFileLines(batchId, file).size());
    }

    @POST
    @Path("/{batchId}/payments/{paymentId}/account-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"finance", "civil-affairs", "admin"})
    @Operation(operationId = "confirmHeldPayment", summary = "Confirm a held payment's account (账户复核)",
            description = "A payment whose account changed shortly before the batch is held out of the bank file"
                    + " until a user who neither changed the account nor made the batch confirms it with the holder,"
                    + " whose name must match the account's; it then goes into the batch's next released file.")
    @APIResponse(responseCode = "204", description = "confirmed")
    @APIResponse(responseCode = "404", description = "unknown batch")
    @APIResponse(responseCode = "409", description = "separation-of-duties, account-holder-mismatch, or the payment"
            + " is not held")
    public void confirm(@PathParam("batchId") UUID batchId, @PathParam("paymentId") UUID paymentId,
                        @NotNull @Valid AccountConfirmation request) {
        access.requireActingIn(readable(batchId).divisionCode());
        release.confirm(batchId, paymentId, request.holderName(), request.reason());
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
    @APIResponse(responseCode = "404", description = "unknown batch or file")
    @APIResponse(responseCode = "409", description = "the batch was not released by a second user")
    public Response bankFile(@PathParam("batchId") UUID batchId,
                             @Parameter(description = "the released file's number; the latest when absent")
                             @QueryParam("file") @Min(1) Integer file) {
        readable(batchId);
        List<PaymentView> lines = release.bankFileLines(batchId, file);
        String name = "batch-" + batchId + (file == null ? "" : "-" + file) + ".csv";
        return Response.ok(bankFile.export(lines))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/{batchId}/bank-results")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"finance", "admin"})
    @Operation(operationId = "reconcileBankResults", summary = "Import the bank's result file (银行回盘) and reconcile"
            + " it", description = "Each line paid, or failed with a reason; lines that do not match the batch"
            + " (payment, amount, account) are reported and change nothing; payments without a result stay open;"
            + " payments in no released file are not on it.")
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
        List<BankFile.ResultLine> lines = bankFile.parse(file);
        release.releasedFiles(batchId);
        return reconciliation.reconcile(batchId, BankFile.sha256(file), lines, reason);
    }

    private BatchView readable(UUID batchId) {
        BatchView batch = payments.batch(batchId).orElseThrow(() -> new NotFound("batch", batchId));
        access.requireReading(batch.divisionCode());
        return batch;
    }
}
