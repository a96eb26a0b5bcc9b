package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.capacity.CapacityCommands.SignCapacityAgreement;
import org.relieftrace.registry.capacity.CapacityRequests.CapacityAgreementRequest;
import org.relieftrace.registry.capacity.CapacityViews.CapacityAgreementRecorded;
import org.relieftrace.registry.capacity.CapacityViews.CapacityAgreementView;
import org.relieftrace.registry.catalog.CatalogQueries;
import org.relieftrace.registry.division.DivisionQueries;

/** 生产能力储备 — enterprises contracted to produce relief goods when called, up to a daily capacity. */
@Path("/api/registry/capacity-agreements")
@Tag(name = "Capacity agreements", description = "生产能力储备 — contracted production capacity")
@Produces(MediaType.APPLICATION_JSON)
public class CapacityResource {

    @Inject
    Commands commands;

    @Inject
    CapacityQueries agreements;

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
    @Operation(operationId = "signCapacityAgreement",
            summary = "Record a production-capacity agreement (生产能力储备协议)",
            description = "For a registered catalog item and a registered division inside the caller's own; a"
                    + " contract number is recorded once. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the agreement",
            content = @Content(schema = @Schema(implementation = CapacityAgreementRecorded.class)))
    @APIResponse(responseCode = "403", description = "division outside the caller's, or not a supplies officer")
    @APIResponse(responseCode = "409", description = "the contract number is recorded already")
    public Response sign(@NotNull @Valid CapacityAgreementRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (!catalog.registered(request.itemCode())) {
            errors.add(new InvalidInput.FieldError("itemCode", "unknown item " + request.itemCode()));
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
            throw new DomainRuleViolation("capacity-agreement-already-recorded", "Agreement "
                    + request.contractNumber() + " is already recorded", request.contractNumber());
        }
        UUID recorded = commands.send(new SignCapacityAgreement(commands.newId("capacity-agreement"),
                request.contractNumber(), request.enterprise(), request.itemCode(), request.dailyCapacity(),
                request.leadTimeDays() == null ? 0 : request.leadTimeDays(), request.validFrom(), request.validTo(),
                request.divisionCode()), request.reason());
        return Created.at("/api/registry/capacity-agreements/" + recorded, new CapacityAgreementRecorded(recorded));
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listCapacityAgreements", summary = "Capacity agreements of a division and below",
            description = "The caller's own division when none is named; filter by item and the day in force.")
    @APIResponse(responseCode = "200", description = "a page of agreements")
    public Uni<ListPage<CapacityAgreementView>> list(@QueryParam("division") String division,
            @QueryParam("item") String itemCode, @QueryParam("inForceOn") LocalDate inForceOn,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String scope = access.readingScope(division);
        return agreements.list(scope, itemCode, inForceOn, page, size);
    }

    @GET
    @Path("/{agreementId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getCapacityAgreement", summary = "One capacity agreement",
            description = "Readable inside the caller's division.")
    @APIResponse(responseCode = "200", description = "the agreement")
    @APIResponse(responseCode = "404", description = "unknown agreement")
    public Uni<CapacityAgreementView> agreement(@PathParam("agreementId") UUID agreementId) {
        return agreements.find(agreementId).map(found -> {
            CapacityAgreementView view = found.orElseThrow(() -> new NotFound("capacity agreement", agreementId));
            access.requireReading(view.divisionCode());
            return view;
        });
    }
}
