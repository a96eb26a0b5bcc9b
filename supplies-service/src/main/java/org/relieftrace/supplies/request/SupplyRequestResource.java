package org.relieftrace.supplies.request;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestSubmitted;

/** 需求申报 — what villages and townships ask for, approved up the tiers, fulfilled by transfers. */
@Path("/api/supplies/requests")
@Tag(name = "Supply requests", description = "需求申报 — asked, approved up the tiers, fulfilled and outstanding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class SupplyRequestResource {

    /** 需求申报单. */
    @Schema(name = "SupplyRequest")
    public record NewRequest(@NotNull @Pattern(regexp = "\\d{12}") String divisionCode, @NotNull UUID disasterId,
                             @NotNull @PositiveOrZero Integer affectedPeople, @Size(max = 500) String reason,
                             @NotEmpty @Size(max = 100) @Valid List<Item> items) {
    }

    /** One item asked for. */
    @Schema(name = "SupplyRequestItem")
    public record Item(@NotBlank @Size(max = 64) String itemCode, @NotNull @Positive Long quantity) {
    }

    /** Why, for approve and reject. */
    @Schema(name = "SupplyRequestDecision")
    public record Decision(@Size(max = 500) String reason) {
    }

    /** What a request answers. */
    public record RequestRef(UUID requestId) {
    }

    /** One item: asked, delivered by transfers naming the request, and still outstanding. */
    public record ItemView(String itemCode, long quantity, long fulfilled, long outstanding) {
    }

    /** A request with its approvals, the division whose approval it awaits (none once decided) and fulfilment. */
    public record RequestView(UUID requestId, String divisionCode, UUID disasterId, int affectedPeople, String status,
                              List<String> approvedBy, String awaitingDivision, Instant submittedAt,
                              boolean fulfilled, List<ItemView> items) {
    }

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    DivisionAccess access;

    @Inject
    RegistryFacts registry;

    @Inject
    EventStore eventStore;

    @Inject
    Sql sql;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(summary = "Ask for goods (需求申报)", description = "By a village or township, for a disaster.")
    public Response submit(@NotNull @Valid NewRequest body) {
        for (int i = 0; i < body.items().size(); i++) {
            if (registry.item(body.items().get(i).itemCode()).isEmpty()) {
                throw new InvalidInput("items[" + i + "].itemCode", "unknown item");
            }
        }
        if (!registry.disasterKnown(body.disasterId())) {
            throw new InvalidInput("disasterId", "unknown disaster");
        }
        UUID requestId = commands.newId("supply-request");
        commands.send(new SupplyRequestMessages.SubmitSupplyRequest(requestId, body.divisionCode(),
                Divisions.levelOf(body.divisionCode()), body.disasterId(), body.affectedPeople(),
                body.items().stream().map(i -> new RequestedItem(i.itemCode().strip(), i.quantity())).toList()),
                body.reason());
        return Response.created(URI.create("/api/supplies/requests/" + requestId)).entity(new RequestRef(requestId))
                .build();
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(summary = "Approve at the caller's tier", description = "Township, then county; approved once the"
            + " county has approved.")
    public RequestRef approve(@PathParam("requestId") UUID requestId, @Valid Decision body) {
        String division = approverDivision(requestId);
        commands.send(new SupplyRequestMessages.ApproveSupplyRequest(requestId, division, Divisions.levelOf(division)),
                body == null ? null : body.reason());
        return new RequestRef(requestId);
    }

    @POST
    @Path("/{requestId}/reject")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(summary = "Reject")
    public RequestRef reject(@PathParam("requestId") UUID requestId, @Valid Decision body) {
        commands.send(new SupplyRequestMessages.RejectSupplyRequest(requestId, approverDivision(requestId)),
                body == null ? null : body.reason());
        return new RequestRef(requestId);
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "A request with what was fulfilled and what is outstanding")
    public RequestView request(@PathParam("requestId") UUID requestId) {
        RequestView view = sql.one(SELECT + " WHERE request_id = ?", this::view, requestId)
                .orElseThrow(() -> new NotFound("supply request", requestId));
        access.requireReading(view.divisionCode());
        return view;
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(summary = "The requests of a division and below", description = "Newest first; filter by status,"
            + " or by the division whose approval they await (the requests from below for that division's officer).")
    public List<RequestView> requests(@QueryParam("division") String division,
                                      @QueryParam("status") @Pattern(regexp = STATUSES) String status,
                                      @QueryParam("awaiting") @Pattern(regexp = "\\d{12}") String awaiting) {
        String scope = access.readingScope(division);
        return sql.list(SELECT + """
                 WHERE division_code LIKE ? AND status = COALESCE(CAST(? AS VARCHAR), status)
                ORDER BY submitted_at DESC LIMIT 500""", this::view,
                (scope == null ? "" : Divisions.significantPrefix(scope)) + "%", status).stream()
                .filter(view -> awaiting == null || awaiting.equals(view.awaitingDivision())).toList();
    }

    /** The statuses a request goes through. */
    static final String STATUSES = "SUBMITTED|IN_REVIEW|APPROVED|REJECTED";

    private static final String SELECT = """
            SELECT request_id, division_code, disaster_id, affected_people, status, approvals, submitted_at
            FROM supplies.supply_request""";

    private RequestView view(ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String division = row.getString(2);
        String status = row.getString(5);
        List<String> approvals = row.getString(6).isEmpty() ? List.of() : List.of(row.getString(6).split(";"));
        List<ItemView> items = sql.list("SELECT item_code, quantity, fulfilled FROM supplies.supply_request_line"
                + " WHERE request_id = ? ORDER BY item_code", r -> new ItemView(r.getString(1), r.getLong(2),
                r.getLong(3), Math.max(0, r.getLong(2) - r.getLong(3))), id);
        boolean open = status.equals("SUBMITTED") || status.equals("IN_REVIEW");
        String awaiting = open ? ApprovalTiers.above(approvals.isEmpty() ? division : approvals.getLast()) : null;
        return new RequestView(id, division, row.getObject(3, UUID.class), row.getInt(4), status, approvals, awaiting,
                row.getTimestamp(7).toInstant(), items.stream().allMatch(i -> i.outstanding() == 0), items);
    }

    /** The caller's division, which must lie above the request's division. */
    private String approverDivision(UUID requestId) {
        DomainEventStream events = eventStore.readEvents(requestId.toString(), 0);
        if (!events.hasNext() || !(events.next() instanceof DomainEventMessage<?> first
                && first.getPayload() instanceof SupplyRequestSubmitted submitted)) {
            throw new NotFound("supply request", requestId);
        }
        String division = caller.get().division();
        access.requireActingIn(submitted.divisionCode());
        if (division == null || division.equals(submitted.divisionCode())) {
            throw new AccessDenied("a request is approved by a tier above the requester");
        }
        return division;
    }
}
