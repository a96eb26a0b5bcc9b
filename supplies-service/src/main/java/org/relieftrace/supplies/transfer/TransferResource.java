package org.relieftrace.supplies.transfer;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.deadline.ReportMessages;
import org.relieftrace.supplies.deadline.ReportMessages.FileReport;
import org.relieftrace.supplies.deadline.ReportMessages.ReportKind;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.Arrival;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferQueries.TransferFacts;
import org.relieftrace.supplies.transfer.TransferRules.End;
import org.relieftrace.supplies.transfer.TransferViews.TransferCreated;
import org.relieftrace.supplies.transfer.TransferViews.TransferView;

/** 调拨 — transfers of goods down the tiers (or laterally), from request to closed loop. */
@Path("/api/supplies/transfers")
@Tag(name = "Transfers", description = "调拨 — requested, approved, reserved, dispatched, received, closed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class TransferResource {

    private static final String REF = "the transfer; Location names it";

    @Inject
    Commands commands;

    @Inject
    TransferQueries queries;

    @Inject
    TransferActions actions;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    BeijingTime time;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(operationId = "requestTransfer", summary = "Request a transfer (调拨申请)", description = "By a keeper or"
            + " officer of the source or the destination. To a lower tier inside the source's division, or to the"
            + " same tier (lateral).")
    @APIResponse(responseCode = "201", description = "requested; Location names the transfer",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    @APIResponse(responseCode = "409", description = "upward, to itself, or a named lot has expired")
    public Response request(@NotNull @Valid TransferRequests.NewTransfer body) {
        End from = end(body.fromDepotId(), "fromDepotId");
        End to = end(body.toDepotId(), "toDepotId");
        for (int i = 0; i < body.lines().size(); i++) {
            if (registry.item(body.lines().get(i).itemCode()).isEmpty()) {
                throw new InvalidInput("lines[" + i + "].itemCode", "unknown item " + body.lines().get(i).itemCode());
            }
        }
        actInEither(from.division(), to.division());
        List<UUID> named = body.lines().stream().map(TransferRequests.Line::lotId).filter(Objects::nonNull).toList();
        UUID transferId = commands.newId("transfer");
        UUID created = commands.send(new TransferCommands.RequestTransfer(transferId, body.supplyRequestId(), from, to,
                body.lines().stream().map(l -> new Want(l.itemCode().strip(), l.quantity(), l.lotId())).toList(),
                queries.namedLots(named), time.today()), body.reason());
        return Created.at("/api/supplies/transfers/" + created, new TransferCreated(created));
    }

    @POST
    @Path("/{transferId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(operationId = "approveTransfer", summary = "Approve (审批)", description = "By the supplies officer of"
            + " the source division (of the common parent for a lateral transfer); the source then reserves the goods.")
    @APIResponse(responseCode = "202", description = "approved; the reservation follows",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    public Response approve(@PathParam("transferId") UUID transferId, @Valid TransferRequests.Decision body) {
        requireApprover(queries.facts(transferId).requested());
        commands.send(new TransferCommands.ApproveTransfer(transferId, caller.get().division()), reason(body));
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/reject")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(operationId = "rejectTransfer", summary = "Reject (驳回)", description = "By the approving officer, with"
            + " a reason (required); gives any reservation back.")
    @APIResponse(responseCode = "202", description = "rejected",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    @APIResponse(responseCode = "400", description = "no reason given")
    public Response reject(@PathParam("transferId") UUID transferId,
                           @NotNull @Valid TransferRequests.Withdrawal body) {
        requireApprover(queries.facts(transferId).requested());
        commands.send(new TransferCommands.RejectTransfer(transferId), body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/cancel")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(operationId = "cancelTransfer", summary = "Cancel (撤销)", description = "By the source or the"
            + " destination, before dispatch, with a reason (required); gives any reservation back.")
    @APIResponse(responseCode = "202", description = "cancelled",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    @APIResponse(responseCode = "400", description = "no reason given")
    public Response cancel(@PathParam("transferId") UUID transferId,
                           @NotNull @Valid TransferRequests.Withdrawal body) {
        TransferRequested requested = queries.facts(transferId).requested();
        actInEither(requested.fromDivision(), requested.toDivision());
        commands.send(new TransferCommands.CancelTransfer(transferId), body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/dispatch")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(operationId = "dispatchTransfer", summary = "Dispatch (发运)", description = "By the source depot, once"
            + " the goods are reserved: vehicle, driver and waybill.")
    @APIResponse(responseCode = "202", description = "dispatched; the reserved goods leave the source",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    public Response dispatch(@PathParam("transferId") UUID transferId,
                             @NotNull @Valid TransferRequests.Dispatch body) {
        requireDepot(queries.facts(transferId).requested().fromDepotId());
        commands.send(new TransferCommands.DispatchTransfer(transferId, body.vehicle().strip(), body.driver().strip(),
                body.waybillNumber().strip(), Optional.ofNullable(body.dispatchedOn()).orElseGet(time::today)),
                body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/voucher")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(operationId = "fileTransferVoucher", summary = "File the dispatch voucher (运输凭证)", description = "By"
            + " the source depot, once per dispatched transfer; it clears the 2-working-day deadline.")
    @APIResponse(responseCode = "202", description = "filed",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    @APIResponse(responseCode = "409", description = "not dispatched yet, or already filed")
    public Response voucher(@PathParam("transferId") UUID transferId, @NotNull @Valid TransferRequests.Voucher body) {
        TransferFacts facts = queries.facts(transferId);
        UUID depotId = facts.requested().fromDepotId();
        requireDepot(depotId);
        TransferRules.requireDispatched(transferId, facts.dispatched());
        commands.send(new FileReport(ReportMessages.reportId(ReportKind.DISPATCH_VOUCHER, transferId),
                ReportKind.DISPATCH_VOUCHER, transferId, depotId, caller.get().username(),
                body.voucherNumber().strip(), body.notes(), time.today()), body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/receive")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(operationId = "receiveTransfer", summary = "Receive (接收)", description = "By the destination depot:"
            + " per lot sent, the good and damaged quantities and the reason for damage or shortage. Each lot becomes"
            + " a new lot there, with its source.")
    @APIResponse(responseCode = "202", description = "received; the goods enter the destination's stock",
            content = @Content(schema = @Schema(implementation = TransferCreated.class)))
    public Response receive(@PathParam("transferId") UUID transferId, @NotNull @Valid TransferRequests.Receipt body) {
        requireDepot(queries.facts(transferId).requested().toDepotId());
        commands.send(new TransferCommands.ReceiveTransfer(transferId, body.lots().stream()
                .map(l -> new Arrival(l.sourceLotId(), l.received(), l.damaged() == null ? 0 : l.damaged(),
                        l.reason())).toList(), Optional.ofNullable(body.receivedOn()).orElseGet(time::today)),
                body.reason());
        return accepted(transferId);
    }

    @GET
    @Path("/{transferId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getTransfer", summary = "A transfer", description = "With its lots, what arrived, its"
            + " deadlines and the steps the caller may take on it now (`actions`).")
    @APIResponse(responseCode = "200", description = "the transfer",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    public TransferView transfer(@PathParam("transferId") UUID transferId) {
        TransferView view = queries.transfer(transferId).orElseThrow(() -> new NotFound("transfer", transferId));
        readInEither(view.fromDivision(), view.toDivision());
        return actions.of(view);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listTransfers", summary = "Transfers leaving or reaching a division",
            description = "Newest first; filter by status. Each with the steps the caller may take on it now.")
    @APIResponse(responseCode = "200", description = "one page of transfers")
    public ListPage<TransferView> transfers(@QueryParam("division") String division,
                                            @QueryParam("status") TransferStatus status,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        String pattern = scope == null ? "%" : DivisionCode.of(scope).likePattern();
        return queries.transfers(pattern, status == null ? null : status.name(), page, size).map(actions::of);
    }

    private End end(UUID depotId, String field) {
        RegistryFacts.Depot depot = registry.depot(depotId)
                .orElseThrow(() -> new InvalidInput(field, "unknown depot"));
        return new End(depot.id(), depot.code(), depot.tier(), depot.division());
    }

    private void requireApprover(TransferRequested requested) {
        access.requireActingIn(TransferRules.approvingDivision(requested.fromDivision(), requested.toDivision(),
                requested.lateral()));
    }

    private void actInEither(String first, String second) {
        try {
            access.requireActingIn(first);
        } catch (AccessDenied denied) {
            access.requireActingIn(second);
        }
    }

    private void readInEither(String first, String second) {
        try {
            access.requireReading(first);
        } catch (AccessDenied denied) {
            access.requireReading(second);
        }
    }

    private void requireDepot(UUID depotId) {
        access.requireActingOn(RegistryDepotDirectory.DEPOT, depotId);
    }

    private static String reason(TransferRequests.Decision body) {
        return Optional.ofNullable(body).map(TransferRequests.Decision::reason).orElse(null);
    }

    private static Response accepted(UUID transferId) {
        return Response.accepted(new TransferCreated(transferId))
                .location(URI.create("/api/supplies/transfers/" + transferId)).build();
    }
}
