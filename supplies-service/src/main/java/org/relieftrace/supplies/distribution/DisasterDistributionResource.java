package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.distribution.DistributionViews.TownshipDistributionView;

/**
 * 分发统计 — what was handed to households for one disaster, per township: the figures the 救灾工作情况统计快报表
 * is compared with.
 */
@Path("/api/supplies/disasters/{disasterId}/distribution-figures")
@Tag(name = "Distributions", description = "分发 — goods handed to households")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DisasterDistributionResource {

    @Inject
    DistributionQueries queries;

    @Inject
    DivisionAccess access;

    @GET
    @RolesAllowed({"supplies-officer", "civil-affairs", "auditor", "admin"})
    @Operation(operationId = "listDisasterDistributionFigures", summary = "What households received for a disaster,"
            + " per township (分发统计)", description = "Per township of the division (the caller's own when none is"
            + " named) and below: households served, units in all and per item, net of reversed distributions.")
    @APIResponse(responseCode = "200", description = "a page of townships with their figures")
    public ListPage<TownshipDistributionView> figures(@PathParam("disasterId") UUID disasterId,
                                                      @QueryParam("division") String division,
                                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                      int size) {
        return queries.byTownship(disasterId, access.readingScope(division), page, size);
    }
}
