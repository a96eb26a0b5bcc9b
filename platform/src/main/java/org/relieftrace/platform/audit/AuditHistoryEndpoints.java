package org.relieftrace.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * 审计 — the audit endpoints on one aggregate: its history, its state at a moment, its archived snapshots. The
 * first part of {@link AuditResource}, which a service extends once.
 */
@Tag(name = "Audit", description = "审计 — event history, past states, tamper verification, export and"
        + " projection replay")
public abstract class AuditHistoryEndpoints {

    @Inject
    AuditLog log;

    @Inject
    AggregateStates states;

    @Inject
    PersonalDataAccess personalData;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/aggregates/{type}/{id}/events")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "listAggregateEvents",
            summary = "An aggregate's history", description = "Its events in sequence order: payload, metadata"
            + " (who, roles, division, when, why, correlation and causation) and the hash chain links. An auditor"
            + " reads an aggregate one of whose events was acted in their division or below.")
    @APIResponse(responseCode = "200", description = "a page of the aggregate's events")
    @APIResponse(responseCode = "403", description = "no event of the aggregate was acted in the auditor's division")
    @APIResponse(responseCode = "404", description = "the aggregate has no events")
    public ListPage<AuditLog.AuditedEvent> history(@Parameter(description = "aggregate type, e.g. DepotStock")
                                                   @PathParam("type") String type, @PathParam("id") String id,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500)
                                                   int size) {
        ListPage<AuditLog.AuditedEvent> found = log.history(type, id, page, size);
        if (found.total() == 0) {
            throw new NotFound(type, id);
        }
        requireReach(type, id);
        personalData.read(type, List.of(id), null, "audit-history", true);
        return found;
    }

    @GET
    @Path("/aggregates/{type}/{id}/state")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(operationId = "getAggregateState",
            summary = "An aggregate as it stood at a moment", description = "Replays its events up to `at`"
            + " through the aggregate's own event sourcing handlers and shows its fields; it starts from the"
            + " latest archived snapshot whose last event is not after `at` and whose seal matches (`fromSnapshot`"
            + " names it; `snapshotsRefused` names those passed over because their seal does not), unless"
            + " `snapshot=false`. An auditor reads an aggregate one of whose events was acted in their division or"
            + " below.")
    @APIResponse(responseCode = "403", description = "no event of the aggregate was acted in the auditor's division")
    @APIResponse(responseCode = "200", description = "the aggregate's fields at that moment")
    @APIResponse(responseCode = "400", description = "`at` is not an ISO-8601 instant")
    @APIResponse(responseCode = "404", description = "unknown aggregate type, or no events up to that moment")
    public AggregateStates.State state(@PathParam("type") String type, @PathParam("id") String id,
                                       @Parameter(description = "ISO-8601 instant; now when absent")
                                       @QueryParam("at") String at,
                                       @Parameter(description = "false: replay from the first event, ignoring"
                                               + " snapshots") @QueryParam("snapshot") @DefaultValue("true")
                                       boolean snapshot) {
        Instant moment = at == null || at.isBlank() ? Instant.now() : instant("at", at);
        AggregateStates.State state = states.at(type, id, moment, snapshot);
        requireReach(type, id);
        personalData.read(type, List.of(id), null, "audit-state", true);
        return state;
    }

    @POST
    @Path("/aggregates/{type}/{id}/snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(operationId = "archiveAggregateSnapshots",
            summary = "Archive an aggregate's past snapshots", description = "快照存档: every snapshot Axon"
            + " stores is kept in the archive the state at a moment starts from. For an aggregate whose events did"
            + " not come through commands (loaded, migrated) or came before the archive existed, this replays its"
            + " history once and archives its state after every `every`-th event (default: the aggregate's snapshot"
            + " threshold, else 1000) and seals each one it adds. Snapshots are not events: the history, its hash"
            + " chain and the export are untouched. Admins only.")
    @APIResponse(responseCode = "200", description = "the events read and the snapshots added and held")
    @APIResponse(responseCode = "400", description = "`every` is not a positive number")
    @APIResponse(responseCode = "404", description = "unknown aggregate type, or the aggregate has no events")
    public AggregateStates.Archived archiveSnapshots(@PathParam("type") String type, @PathParam("id") String id,
                                                     @Parameter(description = "archive after every this many"
                                                             + " events") @QueryParam("every") Integer every) {
        if (every != null && every < 1) {
            throw new InvalidInput("every", "must be at least 1");
        }
        return states.archive(type, id, every);
    }

    /**
     * An auditor reads an aggregate only when one of its events was acted in their division or below (the platform
     * does not know where an aggregate lies; who acted on it says so); 403 otherwise. An administrator reads all.
     */
    private void requireReach(String type, String id) {
        if (!log.actedWithin(type, id, scope())) {
            throw new AccessDenied("No event of " + type + " " + id + " was acted in your division or below");
        }
    }

    /** The prefix of the divisions the caller may read; null for everything. */
    String scope() {
        Caller who = caller.get();
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return null;
        }
        // an auditor without a division reaches nothing: a prefix no code has
        return DivisionCode.parse(who.division()).map(DivisionCode::prefix).orElse("-");
    }

    /** An ISO-8601 instant, with or without an offset; a {@code 400} naming {@code field} otherwise. */
    static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidInput(field, "is not an ISO-8601 instant, e.g. 2026-07-01T08:00:00Z");
            }
        }
    }
}
