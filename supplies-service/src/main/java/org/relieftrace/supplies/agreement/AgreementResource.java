package org.relieftrace.supplies.agreement;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.agreement.AgreementViews.AgreementStanding;

/**
 * 协议储备调用 — per agreement reserve, what is agreed, called off and left per item. Goods are called off by a
 * receipt whose source is {@code AGREEMENT_CALL_OFF} naming the agreement ({@code POST /depots/{id}/receipts}).
 */
@Path("/api/supplies/reserve-agreements")
@Tag(name = "Agreement call-offs", description = "协议储备调用 — agreed, called off and left per item")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private static final String READERS = "Readable inside the caller's division.";

    @Inject
    AgreementQueries agreements;

    @Inject
    DivisionAccess access;

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listAgreementCallOffs", summary = "Agreement reserves with what is left (协议储备)",
            description = "The agreement reserves of a division and below (the caller's own when none is named),"
                    + " each with agreed, called off and left per item; inForce=true keeps those in force today.")
    @APIResponse(responseCode = "200", description = "a page of agreements")
    public Uni<ListPage<AgreementStanding>> list(@QueryParam("division") String division,
            @QueryParam("inForce") @DefaultValue("false") boolean inForce,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return agreements.list(access.readingScope(division), inForce, page, size);
    }

    @GET
    @Path("/{reserveAgreementId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getAgreementCallOffs", summary = "One agreement reserve with what is left",
            description = "Agreed, called off and left per item. " + READERS)
    @APIResponse(responseCode = "200", description = "the agreement",
            content = @Content(schema = @Schema(implementation = AgreementStanding.class)))
    @APIResponse(responseCode = "404", description = "unknown agreement")
    public Uni<AgreementStanding> agreement(@PathParam("reserveAgreementId") UUID agreementId) {
        return agreements.find(agreementId).map(found -> {
            AgreementStanding view = found.orElseThrow(() -> new NotFound("reserve agreement", agreementId));
            access.requireReading(view.divisionCode());
            return view;
        });
    }
}
