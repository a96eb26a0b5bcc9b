package org.relieftrace.supplies.transfer;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.supplies.deadline.ReportMessages;
import org.relieftrace.supplies.deadline.ReportMessages.FileReport;
import org.relieftrace.supplies.deadline.ReportMessages.ReportKind;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.Arrival;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;

/** 调拨 — transfers of goods down the tiers (or laterally), from request to closed loop. */
@Path("/api/supplies/transfers")
@Tag(name = "Transfers", description = "调拨 — requested, approved, reserved, dispatched, received, closed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class TransferResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Integer> RANK = Map.of("COUNTY", 3, "TOWNSHIP", 2, "VILLAGE", 1);

    /** What a new transfer answers. */
    public record TransferCreated(UUID transferId) {
    }

    @Inject
    Commands commands;

    @Inject
    QueryGateway queries;

    @Inject
    RegistryFacts registry;

    @Inject
    DivisionAccess access;

    @Inject
    EventStore eventStore;

    @Inject
    CurrentCaller caller;

    @Inject
    Sql sql;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(summary = "Request a transfer (调拨申请)", description = "By a keeper or officer of the source or the"
            + " destination. To a lower tier inside the source's division, or to the same tier (lateral).")
    @APIResponse(responseCode = "201", description = "requested; Location names the transfer")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "upward, to itself, or a named lot has expired")
    public Response request(@NotNull @Valid TransferBodies.NewTransfer body) {
        RegistryFacts.Depot from = registry.depot(body.fromDepotId())
                .orElseThrow(() -> new InvalidInput("fromDepotId", "unknown depot"));
        RegistryFacts.Depot to = registry.depot(body.toDepotId())
                .orElseThrow(() -> new InvalidInput("toDepotId", "unknown depot"));
        for (int i = 0; i < body.lines().size(); i++) {
            if (registry.item(body.lines().get(i).itemCode()).isEmpty()) {
                throw new InvalidInput("lines[" + i + "].itemCode", "unknown item " + body.lines().get(i).itemCode());
            }
        }
        actInEither(from.division(), to.division());
        for (TransferBodies.Line line : body.lines()) {
            if (line.lotId() != null) {
                sql.one("SELECT lot_number, expires_on FROM supplies.lot_stock WHERE lot_id = ? AND expires_on <= ?",
                        rows -> new DomainRuleViolation("lot-expired", "Lot " + rows.getString(1) + " expired on "
                                + rows.getObject(2, LocalDate.class) + "; it leaves stock only by write-off",
                                rows.getString(1), rows.getObject(2, LocalDate.class)), line.lotId(), today())
                        .ifPresent(expired -> {
                            throw expired;
                        });
            }
        }
        int fromRank = RANK.getOrDefault(from.tier(), 0);
        int toRank = RANK.getOrDefault(to.tier(), 0);
        boolean downward = toRank < fromRank && Divisions.contains(from.division(), to.division());
        if (!downward && toRank != fromRank) {
            throw new DomainRuleViolation("transfer-direction", "Goods go to a lower tier inside the source's"
                    + " division, or to the same tier", from.code(), to.code());
        }
        UUID transferId = commands.newId("transfer");
        UUID created = commands.send(new TransferCommands.RequestTransfer(transferId, body.supplyRequestId(),
                from.id(), from.division(), to.id(), to.division(), !downward,
                body.lines().stream().map(l -> new Want(l.itemCode().strip(), l.quantity(), l.lotId())).toList()),
                body.reason());
        return Response.created(URI.create("/api/supplies/transfers/" + created))
                .entity(new TransferCreated(created)).build();
    }

    @POST
    @Path("/{transferId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(summary = "Approve (审批)", description = "By the supplies officer of the source division (of the"
            + " common parent for a lateral transfer); the source then reserves the goods.")
    @APIResponse(responseCode = "202", description = "approved; the reservation follows")
    public Response approve(@PathParam("transferId") UUID transferId, @Valid TransferBodies.Decision body) {
        TransferRequested facts = facts(transferId);
        access.requireActingIn(approvingDivision(facts));
        commands.send(new TransferCommands.ApproveTransfer(transferId, caller.get().division()), reason(body));
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/reject")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(summary = "Reject (驳回)", description = "Gives any reservation back.")
    @APIResponse(responseCode = "202", description = "rejected")
    public Response reject(@PathParam("transferId") UUID transferId, @Valid TransferBodies.Decision body) {
        TransferRequested facts = facts(transferId);
        access.requireActingIn(approvingDivision(facts));
        commands.send(new TransferCommands.RejectTransfer(transferId), reason(body));
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/cancel")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(summary = "Cancel (撤销)", description = "Before dispatch; gives any reservation back.")
    @APIResponse(responseCode = "202", description = "cancelled")
    public Response cancel(@PathParam("transferId") UUID transferId, @Valid TransferBodies.Decision body) {
        TransferRequested facts = facts(transferId);
        actInEither(facts.fromDivision(), facts.toDivision());
        commands.send(new TransferCommands.CancelTransfer(transferId), reason(body));
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/dispatch")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(summary = "Dispatch (发运)", description = "By the source depot, once the goods are reserved.")
    @APIResponse(responseCode = "202", description = "dispatched; the reserved goods leave the source")
    public Response dispatch(@PathParam("transferId") UUID transferId, @NotNull @Valid TransferBodies.Dispatch body) {
        TransferRequested facts = facts(transferId);
        requireDepot(facts.fromDepotId());
        commands.send(new TransferCommands.DispatchTransfer(transferId, body.vehicle().strip(), body.driver().strip(),
                body.waybillNumber().strip(), body.dispatchedOn() != null ? body.dispatchedOn() : today()),
                body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/voucher")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(summary = "File the dispatch voucher (运输凭证)", description = "By the source depot, once per dispatched"
            + " transfer; it clears the 2-working-day deadline.")
    @APIResponse(responseCode = "202", description = "filed")
    @APIResponse(responseCode = "409", description = "not dispatched yet, or already filed")
    public Response voucher(@PathParam("transferId") UUID transferId, @NotNull @Valid TransferBodies.Voucher body) {
        TransferRequested facts = facts(transferId);
        requireDepot(facts.fromDepotId());
        if (sql.one("SELECT 1 FROM supplies.transfer_view WHERE transfer_id = ? AND dispatched_on IS NOT NULL",
                rows -> true, transferId).isEmpty()) {
            throw new DomainRuleViolation("transfer-not-dispatched", "Transfer " + transferId + " is not dispatched",
                    transferId);
        }
        commands.send(new FileReport(ReportMessages.reportId(ReportKind.DISPATCH_VOUCHER, transferId),
                ReportKind.DISPATCH_VOUCHER, transferId, facts.fromDepotId(), caller.get().username(),
                body.voucherNumber().strip(), body.notes(), today()), body.reason());
        return accepted(transferId);
    }

    @POST
    @Path("/{transferId}/receive")
    @RolesAllowed({"depot-keeper", "supplies-officer", "admin"})
    @Operation(summary = "Receive (接收)", description = "By the destination depot: per lot sent, the good and damaged"
            + " quantities and the reason for damage or shortage. Each lot becomes a new lot there, with its source.")
    @APIResponse(responseCode = "202", description = "received; the goods enter the destination's stock")
    public Response receive(@PathParam("transferId") UUID transferId, @NotNull @Valid TransferBodies.Receipt body) {
        TransferRequested facts = facts(transferId);
        requireDepot(facts.toDepotId());
        commands.send(new TransferCommands.ReceiveTransfer(transferId, body.lots().stream()
                .map(l -> new Arrival(l.sourceLotId(), l.received(), l.damaged() == null ? 0 : l.damaged(),
                        l.reason())).toList(), body.receivedOn() != null ? body.receivedOn() : today()),
                body.reason());
        return accepted(transferId);
    }

    @GET
    @Path("/{transferId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "A transfer, with its lots and what arrived")
    public TransferViews.TransferView transfer(@PathParam("transferId") UUID transferId) {
        TransferViews.TransferView view = queries.query(new TransferQueries.FindTransfer(transferId),
                        ResponseTypes.optionalInstanceOf(TransferViews.TransferView.class)).join()
                .orElseThrow(() -> new NotFound("transfer", transferId));
        readInEither(view.fromDivision(), view.toDivision());
        return view;
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "Transfers leaving or reaching a division", description = "Newest first; filter by status.")
    public TransferViews.TransferPage transfers(@QueryParam("division") String division,
                                                @QueryParam("status") Transfer.Status status,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        String prefix = scope == null ? null : Divisions.significantPrefix(scope);
        return queries.query(new TransferQueries.ListTransfers(prefix, status == null ? null : status.name(), page,
                        size),
                ResponseTypes.instanceOf(TransferViews.TransferPage.class)).join();
    }

    /** The transfer as requested, read from its own events (never behind, unlike the read model). */
    private TransferRequested facts(UUID transferId) {
        DomainEventStream events = eventStore.readEvents(transferId.toString(), 0);
        if (events.hasNext()) {
            DomainEventMessage<?> first = events.next();
            if (first.getPayload() instanceof TransferRequested requested) {
                return requested;
            }
        }
        throw new NotFound("transfer", transferId);
    }

    private static String approvingDivision(TransferRequested facts) {
        if (!facts.lateral()) {
            return facts.fromDivision();
        }
        String a = facts.fromDivision();
        String b = facts.toDivision();
        if (a.substring(0, 9).equals(b.substring(0, 9)) && Divisions.levelOf(a).equals("VILLAGE")) {
            return a.substring(0, 9) + "000";
        }
        return a.substring(0, 6) + "000000";
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

    private static String reason(TransferBodies.Decision body) {
        return Optional.ofNullable(body).map(TransferBodies.Decision::reason).orElse(null);
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private static Response accepted(UUID transferId) {
        return Response.accepted(new TransferCreated(transferId))
                .location(URI.create("/api/supplies/transfers/" + transferId)).build();
    }
}
