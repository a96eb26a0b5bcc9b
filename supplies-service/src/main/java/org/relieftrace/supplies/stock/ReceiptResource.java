package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.ReadsIn;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.deadline.ReportMessages;
import org.relieftrace.supplies.deadline.ReportMessages.FileReport;
import org.relieftrace.supplies.deadline.ReportMessages.ReportKind;

/** 入库 — receiving goods into a depot. */
@Path("/api/supplies/depots/{depotId}/receipts")
@Tag(name = "Receipts", description = "入库 — goods received into a depot")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ReceiptResource {

    /** 验收报告 — the result of the acceptance check of a receipt, and notes. */
    @Schema(name = "AcceptanceReport")
    public record AcceptanceReport(@NotNull @Pattern(regexp = "PASSED|FAILED|PARTIAL") String result,
                                   @Size(max = 500) String notes, @Size(max = 500) String reason) {
    }

    /** What a recorded receipt answers: the receipt and its new lots. */
    public record ReceiptRecorded(UUID receiptId, List<UUID> lotIds) {
    }

    @Inject
    Commands commands;

    @Inject
    StockQueries queries;

    @Inject
    BeijingTime time;

    @Inject
    ReceiptLines receiptLines;

    @Inject
    CurrentCaller caller;

    @Inject
    ReceiptCommitments commitments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "receiveStock", summary = "Record goods received (入库)", description = "One new lot per"
            + " line; without receivedOn the goods arrived today. A call-off (AGREEMENT_CALL_OFF) names its agreement"
            + " reserve (agreementId) and a donation may name its pledge (pledgeId): what is received is taken off"
            + " what the commitment has left, or refused with 409 agreement-exhausted / pledge-exhausted. Send an"
            + " Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReceiptRecorded.class)))
    @APIResponse(responseCode = "403", description = "depot outside the caller's division or depots")
    @APIResponse(responseCode = "404", description = "unknown depot")
    @APIResponse(responseCode = "409", description = "a rule forbids it (e.g. more than the agreement or pledge has"
            + " left)")
    public Response receive(@PathParam("depotId") UUID depotId, @NotNull @Valid ReceiptRequest request) {
        List<ReceiptLine> lines = receiptLines.of(request);
        UUID receiptId = commands.newId("receipt");
        LocalDate receivedOn = request.receivedOn() != null ? request.receivedOn() : time.today();
        ReceiveStock receipt = new ReceiveStock(depotId, receiptId, request.source(), request.reference(),
                request.supplier(), receivedOn, lines);
        UUID recorded = commands.send(commitments.commandFor(request, receipt), request.reason());
        return Created.at("/api/supplies/depots/" + depotId + "/receipts/" + recorded,
                new ReceiptRecorded(recorded, lines.stream().map(ReceiptLine::lotId).toList()));
    }

    @GET
    @Path("/{receiptId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @ReadsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "getReceipt", summary = "A receipt (入库单)", description = "The lots a receipt brought"
            + " in and the deadline of its acceptance report (验收报告); empty while still being projected.")
    @APIResponse(responseCode = "200", description = "the receipt's lots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StockViews.ReceiptView.class)))
    @APIResponse(responseCode = "404", description = "unknown depot")
    public StockViews.ReceiptView receipt(@PathParam("depotId") UUID depotId,
                                          @PathParam("receiptId") UUID receiptId) {
        return queries.receipt(depotId, receiptId);
    }

    @POST
    @Path("/{receiptId}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @ActsIn(resource = "depot", id = "depotId")
    @Operation(operationId = "fileAcceptanceReport", summary = "File the acceptance report (验收报告)",
            description = "Once per receipt; it clears the 5-working-day deadline.")
    @APIResponse(responseCode = "201", description = "filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReceiptRecorded.class)))
    @APIResponse(responseCode = "404", description = "no such receipt at this depot")
    @APIResponse(responseCode = "409", description = "already filed")
    public Response acceptance(@PathParam("depotId") UUID depotId, @PathParam("receiptId") UUID receiptId,
                               @NotNull @Valid AcceptanceReport body) {
        StockViews.ReceiptView receipt = queries.receipt(depotId, receiptId);
        if (receipt.lots().isEmpty()) {
            throw new NotFound("receipt", receiptId);
        }
        String reportId = ReportMessages.reportId(ReportKind.ACCEPTANCE, receiptId);
        commands.send(new FileReport(reportId, ReportKind.ACCEPTANCE, receiptId, depotId, caller.get().username(),
                body.result(), body.notes(), time.today()), body.reason());
        return Created.at("/api/supplies/depots/" + depotId + "/receipts/" + receiptId,
                new ReceiptRecorded(receiptId, receipt.lots().stream().map(StockViews.LotView::lotId) .toList()));
    }
}
