package org.relieftrace.supplies.request;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestRequests.Decision;
import org.relieftrace.supplies.request.SupplyRequestRequests.NewRequest;
import org.relieftrace.supplies.request.SupplyRequestRequests.Rejection;
import org.relieftrace.supplies.request.SupplyRequestViews.RequestRef;
import org.relieftrace.supplies.request.SupplyRequestViews.RequestView;

/** 需求申报 — what villages and townships ask for, approved up the tiers, fulfilled by transfers. */
@Path("/api/supplies/requests")
@Tag(name = "Supply requests", description = "需求申报 — asked, approved up the tiers, fulfilled and outstanding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class SupplyRequestResource {

    /** The statuses a request goes through. */
    static final String STATUSES = "SUBMITTED|IN_REVIEW|APPROVED|REJECTED";

    @Inject
    Commands commands;

    @Inject
    DivisionAccess access;

    @Inject
    RegistryFacts registry;

    @Inject
    SupplyRequestQueries queries;

    @Inject
    SupplyRequestActions actions;

    @POST
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "admin"})
    @ActsIn(division = "divisionCode")
    @Operation(operationId = "submitSupplyRequest", summary = "Ask for goods (需求申报)",
            description = "By a village or township, for a disaster, for this many affected people.")
    @APIResponse(responseCode = "201", description = "submitted; Location names the request",
            content = @Content(schema = @Schema(implementation = RequestRef.class)))
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
                DivisionCode.of(body.divisionCode()).level().name(), body.disasterId(), body.affectedPeople(),
                body.items().stream().map(i -> new RequestedItem(i.itemCode().strip(), i.quantity())).toList()),
                body.reason());
        return Created.at("/api/supplies/requests/" + requestId, new RequestRef(requestId));
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(operationId = "approveSupplyRequest", summary = "Approve at the caller's tier",
            description = "Township, then county; approved once the county has approved.")
    @APIResponse(responseCode = "200", description = "approved at the caller's tier",
            content = @Content(schema = @Schema(implementation = RequestRef.class)))
    public RequestRef approve(@PathParam("requestId") UUID requestId, @Valid Decision body) {
        String division = actions.decider(queries.submitted(requestId).divisionCode());
        commands.send(new SupplyRequestMessages.ApproveSupplyRequest(requestId, division,
                DivisionCode.of(division).level().name()), body == null ? null : body.reason());
        return new RequestRef(requestId);
    }

    @POST
    @Path("/{requestId}/reject")
    @RolesAllowed({"supplies-officer", "admin"})
    @Operation(operationId = "rejectSupplyRequest", summary = "Reject",
            description = "By a supplies officer of a division above the requester, while the request is open, with"
                    + " a reason (required).")
    @APIResponse(responseCode = "200", description = "rejected",
            content = @Content(schema = @Schema(implementation = RequestRef.class)))
    @APIResponse(responseCode = "400", description = "no reason given")
    public RequestRef reject(@PathParam("requestId") UUID requestId, @NotNull @Valid Rejection body) {
        String division = actions.decider(queries.submitted(requestId).divisionCode());
        commands.send(new SupplyRequestMessages.RejectSupplyRequest(requestId, division), body.reason());
        return new RequestRef(requestId);
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "getSupplyRequest", summary = "A request",
            description = "With what was fulfilled, what is outstanding, and the decisions the caller may take now.")
    @APIResponse(responseCode = "200", description = "the request",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    public RequestView request(@PathParam("requestId") UUID requestId) {
        RequestView view = queries.request(requestId).orElseThrow(() -> new NotFound("supply request", requestId));
        access.requireReading(view.divisionCode());
        return actions.of(view);
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listSupplyRequests", summary = "The requests of a division and below",
            description = "Newest first; filter by status, or by the division whose approval they await (the"
                    + " requests from below for that division's officer).")
    @APIResponse(responseCode = "200", description = "one page of requests")
    public ListPage<RequestView> requests(@QueryParam("division") String division,
                                          @QueryParam("status") @Pattern(regexp = STATUSES) String status,
                                          @QueryParam("awaiting") @Pattern(regexp = "\\d{12}") String awaiting,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        String pattern = scope == null ? "%" : DivisionCode.of(scope).likePattern();
        return queries.requests(pattern, status, awaiting, page, size).map(actions::of);
    }
}
