package org.relieftrace.relief.standard;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.security.Divisions;

/** 救助标准 — the amounts a county pays per category, version by version. */
@Path("/api/relief/standards")
@Tag(name = "Standards", description = "救助标准 — relief standards with effective dates")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class StandardResource {

    /** What a set standard answers. */
    public record StandardRecorded(String countyCode, ReliefCategory category, java.time.LocalDate effectiveFrom) {
    }

    @Inject
    Commands commands;

    @Inject
    Standards standards;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "finance", "admin"})
    @ActsIn(division = "countyCode")
    @Operation(summary = "Set a new version of a standard (制定救助标准)", description = "In force from its date"
            + " until a later version; two versions never start on the same day.")
    @APIResponse(responseCode = "201", description = "recorded")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "county outside the caller's division")
    @APIResponse(responseCode = "409", description = "a version already starts that day")
    public Response set(@NotNull @Valid StandardRequest request) {
        StandardAmounts amounts = request.amounts();
        boolean rated = request.category() == ReliefCategory.HOUSING
                ? amounts.collapsedFen() > 0 && amounts.severelyDamagedFen() > 0 && amounts.generallyDamagedFen() > 0
                : amounts.rateOf(request.category(), null) > 0;
        if (!rated) {
            throw new InvalidInput(rateField(request.category()), "must be greater than zero for "
                    + request.category());
        }
        commands.send(new SetStandard(request.countyCode(), request.category(), request.effectiveFrom(), amounts,
                request.documentNumber().strip()), request.reason());
        return Response.created(URI.create("/api/relief/standards?division=" + request.countyCode()))
                .entity(new StandardRecorded(request.countyCode(), request.category(), request.effectiveFrom()))
                .build();
    }

    private static String rateField(ReliefCategory category) {
        return switch (category) {
            case TRANSITIONAL -> "perPersonMonthlyFen";
            case CONDOLENCE -> "perDeceasedFen";
            case EMERGENCY, WINTER_SPRING -> "perPersonFen";
            case HOUSING -> "collapsedFen";
        };
    }

    @GET
    @RolesAllowed({"civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "Every version of a county's standards", description = "The caller's county when none is"
            + " named.")
    @APIResponse(responseCode = "200", description = "the versions, by category and date")
    public List<Standards.StandardView> list(@QueryParam("division") String division) {
        String scope = access.readingScope(division);
        String county = scope == null ? null : scope.substring(0, 6) + "000000";
        if (county == null || !Divisions.isCode(county)) {
            throw new InvalidInput("division", "name a county");
        }
        return standards.of(county);
    }
}
