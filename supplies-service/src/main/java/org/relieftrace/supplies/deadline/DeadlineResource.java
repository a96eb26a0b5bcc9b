package org.relieftrace.supplies.deadline;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.deadline.DeadlineViews.Due;

/** 时限看板 — what is due or overdue in a division: acceptance reports, dispatch vouchers, goods in transit. */
@Path("/api/supplies/deadlines")
@Tag(name = "Deadlines", description = "时限看板 — acceptance reports, dispatch vouchers, overdue in transit")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DeadlineResource {

    @Inject
    DeadlineQueries queries;

    @Inject
    DivisionAccess access;

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "auditor", "admin"})
    @Operation(operationId = "listDeadlines", summary = "What is due or overdue in a division and below",
            description = "Receipts without an acceptance report (验收报告, 5 working days), dispatched transfers"
                    + " without a voucher (运输凭证, 2 working days) and transfers on the road too long, in that"
                    + " order (`kind`), computed against today's date; `overdue=true` keeps only what is overdue.")
    @APIResponse(responseCode = "200", description = "one page of what is due")
    public ListPage<Due> deadlines(@QueryParam("division") String division, @QueryParam("depot") UUID depot,
                                   @QueryParam("overdue") boolean overdueOnly,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        return queries.board(scope == null ? "%" : DivisionCode.of(scope).likePattern(), depot, overdueOnly, page,
                size);
    }
}
