package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;

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

import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.reliefcase.CaseViews.DeadlineBoard;

/**
 * 时限看板 — cases waiting past their township review or county approval, and approvals not paid in time, by the
 * configured periods ({@link CasePeriods}: 10 days after the notice, 10 days after the review, 8 working days).
 */
@Path("/api/relief/deadlines")
@Tag(name = "Deadlines", description = "时限看板 — overdue reviews, approvals and payouts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DeadlineResource {

    @Inject
    CaseQueries cases;

    @Inject
    BeijingTime time;

    @Inject
    CaseActions actions;

    @Inject
    DivisionAccess access;

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getDeadlineBoard", summary = "Overdue cases of a division and below (时限看板)",
            description = "As of today, or of the day given: reviews, approvals and payouts past their deadline.")
    @APIResponse(responseCode = "200", description = "the board")
    public DeadlineBoard board(@QueryParam("division") String division, @QueryParam("asOf") LocalDate asOf) {
        String scope = access.readingScope(division);
        LocalDate day = asOf != null ? asOf : time.today();
        List<CaseView> overdue = cases.overdue(scope, day).stream().map(actions::of).toList();
        return new DeadlineBoard(day,
                overdue.stream().filter(c -> c.status() == CaseStatus.ON_NOTICE).toList(),
                overdue.stream().filter(c -> c.status() == CaseStatus.REVIEWED
                        || c.status() == CaseStatus.AWAITING_SECOND_APPROVAL).toList(),
                overdue.stream().filter(c -> c.status() == CaseStatus.APPROVED).toList());
    }
}
