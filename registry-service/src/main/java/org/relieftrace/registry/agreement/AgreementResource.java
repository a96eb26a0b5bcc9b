package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.agreement.AgreementCommands.SignReserveAgreement;
import org.relieftrace.registry.agreement.AgreementRequests.Line;
import org.relieftrace.registry.agreement.AgreementRequests.ReserveAgreementRequest;
import org.relieftrace.registry.agreement.AgreementViews.ReserveAgreementRecorded;
import org.relieftrace.registry.agreement.AgreementViews.ReserveAgreementView;
import org.relieftrace.registry.catalog.CatalogQueries;
import org.relieftrace.registry.division.DivisionQueries;

/** 协议储备 — enterprises contracted to hold relief goods for a division and hand them over when called off. */
@Path("/api/registry/reserve-agreements")
@Tag(name = "Reserve agreements", description = "协议储备 — goods held by contracted enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private static final String READERS_NOTE = "Readable inside the caller's division.";

    @Inject
    Commands commands;

    @Inject
    AgreementQueries agreements;

    @Inject
    CatalogQueries catalog;

    @Inject
    DivisionQueries divisions;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplies-officer", "admin"})
    @ActsIn(division = "divisionCode")
    @RunOnVirtualThread
    @Operation(operationId = "signReserveAgreement", summary = "Record an agreement reserve (协议储备)",
            description = "What an enterprise holds per registered catalog item for a registered division inside"
                    + " the caller's own, and for which period; a contract number is recorded once. Send an"
                    + " Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the agreement",
            content = @Content(schema = @Schema(implementation = ReserveAgreementRecorded.class)))
    @APIResponse(responseCode = "403", description = "division outside the caller's, or not a supplies officer")
    @APIResponse(responseCode = "409", description = "the contract number is recorded already")
    public Response sign(@NotNull @Valid ReserveAgreementRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Line line = request.lines().get(i);
            if (!catalog.registered(line.itemCode())) {
                errors.add(new InvalidInput.FieldError("lines[" + i + "].itemCode", "unknown item "
                        + line.itemCode()));
            } else if (!items.add(line.itemCode())) {
                errors.add(new InvalidInput.FieldError("lines[" + i + "].itemCode", "named twice"));
            }
        }
        divisions.unregistered("divisionCode", request.divisionCode()).ifPresent(errors::add);
        if (!request.validTo().isAfter(request.validFrom())) {
            errors.add(new InvalidInput.FieldError("validTo", "must be after validFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // Unique across agreements: checked on the read model (two simultaneous requests could both pass).
        if (agreements.contractTaken(request.contractNumber().strip())) {
            throw new DomainRuleViolation("reserve-agreement-already-recorded", "Agreement "
                    + request.contractNumber() + " is already recorded", request.contractNumber());
        }
        List<AgreedQuantity> lines = request.lines().stream()
                .map(line -> new AgreedQuantity(line.itemCode(), line.quantity())).toList();
        UUID recorded = commands.send(new SignReserveAgreement(commands.newId("reserve-agreement"),
                request.contractNumber(), request.enterprise(), lines, request.validFrom(), request.validTo(),
                request.divisionCode()), request.reason());
        return Created.at("/api/registry/reserve-agreements/" + recorded, new ReserveAgreementRecorded(recorded));
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listReserveAgreements", summary = "Agreement reserves of a division and below",
            description = "The caller's own division when none is named; filter by the day in force.")
    @APIResponse(responseCode = "200", description = "a page of agreements")
    public Uni<ListPage<ReserveAgreementView>> list(@QueryParam("division") String division,
            @QueryParam("inForceOn") LocalDate inForceOn,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return agreements.list(access.readingScope(division), inForceOn, page, size);
    }

    @GET
    @Path("/{reserveAgreementId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getReserveAgreement", summary = "One agreement reserve", description = READERS_NOTE
            + " What was called off, and what is left, is answered by the supplies-service.")
    @APIResponse(responseCode = "200", description = "the agreement")
    @APIResponse(responseCode = "404", description = "unknown agreement")
    public Uni<ReserveAgreementView> agreement(@PathParam("reserveAgreementId") UUID agreementId) {
        return agreements.find(agreementId).map(found -> {
            ReserveAgreementView view = found.orElseThrow(() -> new NotFound("reserve agreement", agreementId));
            access.requireReading(view.divisionCode());
            return view;
        });
    }
}
