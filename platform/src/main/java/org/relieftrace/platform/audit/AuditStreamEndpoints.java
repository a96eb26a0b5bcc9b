package org.relieftrace.platform.audit;

import java.util.List;

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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * 审计 — the audit endpoints on the global stream: the events in global order, the verification of the hash chains
 * and the NDJSON export. The second part of {@link AuditResource}.
 */
@Tag(name = "Audit", description = "审计 — event history, past states, tamper verification, export and"
        + " projection replay")
public abstract class AuditStreamEndpoints extends AuditHistoryEndpoints {

    /** The NDJSON media type of the export. */
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ChainVerifier verifier;


    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "listAuditEvents",
            summary = "The global event stream", description = "All events of all services in global order,"
            + " filtered. An auditor sees the events acted in their division and below.")
    @APIResponse(responseCode = "200", description = "a page of events")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public ListPage<AuditLog.AuditedEvent> events(
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("to") String to,
            @Parameter(description = "payload type, simple or full name") @QueryParam("type") String type,
            @Parameter(description = "username of the acting user") @QueryParam("user") String user,
            @Parameter(description = "division code or prefix of the acting user's division")
            @QueryParam("division") String division,
            @Parameter(description = "the request that caused the events (its X-Request-Id, the answer's"
                    + " requestId)") @QueryParam("requestId") String requestId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String divisionPrefix = null;
        if (division != null && !division.isBlank()) {
            if (!division.chars().allMatch(Character::isDigit) || division.length() > 12) {
                throw new InvalidInput("division", "is not a division code or prefix");
            }
            divisionPrefix = DivisionCode.parse(division).map(DivisionCode::prefix).orElse(division);
        }
        AuditLog.Filter filter = new AuditLog.Filter(from == null || from.isBlank() ? null : instant("from", from),
                to == null || to.isBlank() ? null : instant("to", to), blankToNull(type), blankToNull(user),
                divisionPrefix, scope(), blankToNull(requestId));
        return log.events(filter, page, size);
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "verifyHashChains",
            summary = "Verify the hash chains", description = "Recomputes the chain of one aggregate, or of every"
            + " aggregate with events in a range of global indexes (each from its first event), and names every"
            + " event that was edited, deleted or moved; checks the signed checkpoints of the range and the seals of"
            + " those aggregates' archived snapshots, and names every snapshot whose state, sequence or seal was"
            + " edited (`brokenSnapshots`).")
    @APIResponse(responseCode = "200", description = "the verdict; `intact` is false when anything is broken")
    public ChainVerifier.Report verify(@Parameter(description = "one aggregate's id") @QueryParam("aggregate")
                                       String aggregate,
                                       @QueryParam("fromIndex") Long fromIndex,
                                       @QueryParam("toIndex") Long toIndex) {
        if (aggregate != null && !aggregate.isBlank()) {
            return verifier.verifyWithSnapshots(aggregate);
        }
        return verifier.verifyRange(fromIndex, toIndex);
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "exportEventStore",
            summary = "Export the event store as NDJSON", description = "A header line (public key, the"
            + " public key of each crypto suite under `publicKeys`, running hash before the range), then one event a"
            + " line in global order (globalIndex, aggregate type and id, sequence, eventId, timestamp, payloadType,"
            + " revision, payload and metaData) with the signed checkpoints of the range among them (`kind`: header,"
            + " event, checkpoint); verifiable offline with the verifier.")
    @APIResponse(responseCode = "200", description = "the events, streamed")
    public StreamingOutput export(@QueryParam("fromIndex") Long fromIndex, @QueryParam("toIndex") Long toIndex) {
        personalData.read("EventStore", List.of((fromIndex == null ? "" : fromIndex) + ".."
                + (toIndex == null ? "" : toIndex)), null, "audit-export", true);
        return out -> log.export(fromIndex, toIndex, out);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }}
