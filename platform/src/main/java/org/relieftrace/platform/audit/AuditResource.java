package org.relieftrace.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * 审计 — the audit endpoints every service offers under its own base path, written once: a service declares
 * {@code @Path("/api/<service>/audit") public class XxxAudit extends AuditResource {}}. Auditors and admins only;
 * auditors see the global stream of their own division and below. Events are shown unmasked, so reading an
 * aggregate's history or state, or an export, is itself recorded ({@link PersonalDataRead}, reason in
 * {@code X-Access-Reason}).
 */
@Tag(name = "Audit", description = "审计 — event history, past states, tamper verification, export and"
        + " projection replay")
public abstract class AuditResource {

    /** The NDJSON media type of the export. */
    public static final String NDJSON = "application/x-ndjson";

    private static final int MAX_SIZE = 500;

    @Inject
    AuditLog log;

    @Inject
    AggregateStates states;

    @Inject
    ChainVerifier verifier;

    @Inject
    Projections projections;

    @Inject
    CurrentCaller caller;

    @Inject
    Checkpoints checkpoints;

    @Inject
    ProjectionReplays replays;

    @Inject
    PersonalDataAccess personalData;

    @GET
    @Path("/aggregates/{type}/{id}/events")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "An aggregate's history", description = "Its events in sequence order: payload, metadata"
            + " (who, roles, division, when, why, correlation and causation) and the hash chain links.")
    @APIResponse(responseCode = "200", description = "a page of the aggregate's events")
    @APIResponse(responseCode = "404", description = "the aggregate has no events")
    public AuditLog.Page history(@Parameter(description = "aggregate type, e.g. DepotStock") @PathParam("type")
                                 String type, @PathParam("id") String id,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditLog.Page found = log.history(type, id, page(page), size(size));
        if (found.total() == 0) {
            throw new org.relieftrace.platform.domain.NotFound(type, id);
        }
        personalData.read(type, List.of(id), null, "audit-history", true);
        return found;
    }

    @GET
    @Path("/aggregates/{type}/{id}/state")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "An aggregate as it stood at a moment", description = "Replays its events up to `at`"
            + " through the aggregate's own event sourcing handlers and shows its fields; it starts from the"
            + " latest archived snapshot whose last event is not after `at` (`fromSnapshot` names it), unless"
            + " `snapshot=false`.")
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
        personalData.read(type, List.of(id), null, "audit-state", true);
        return state;
    }

    @POST
    @Path("/aggregates/{type}/{id}/snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(summary = "Archive an aggregate's past snapshots", description = "快照存档: every snapshot Axon"
            + " stores is kept in the archive the state at a moment starts from. For an aggregate whose events did"
            + " not come through commands (loaded, migrated) or came before the archive existed, this replays its"
            + " history once and archives its state after every `every`-th event (default: the aggregate's snapshot"
            + " threshold, else 1000). Snapshots are not events: the history, its hash chain and the export are"
            + " untouched. Admins only.")
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

    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "The global event stream", description = "All events of all services in global order,"
            + " filtered. An auditor sees the events acted in their division and below.")
    @APIResponse(responseCode = "200", description = "a page of events")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public AuditLog.Page events(@Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from")
                                String from,
                                @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("to") String to,
                                @Parameter(description = "payload type, simple or full name") @QueryParam("type")
                                String type,
                                @Parameter(description = "username of the acting user") @QueryParam("user")
                                String user,
                                @Parameter(description = "division code or prefix of the acting user's division")
                                @QueryParam("division") String division,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String divisionPrefix = null;
        if (division != null && !division.isBlank()) {
            if (!division.chars().allMatch(Character::isDigit) || division.length() > 12) {
                throw new InvalidInput("division", "is not a division code or prefix");
            }
            divisionPrefix = DivisionCode.parse(division).map(DivisionCode::prefix).orElse(division);
        }
        AuditLog.Filter filter = new AuditLog.Filter(from == null || from.isBlank() ? null : instant("from", from),
                to == null || to.isBlank() ? null : instant("to", to), blankToNull(type), blankToNull(user),
                divisionPrefix, scope());
        return log.events(filter, page(page), size(size));
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "Verify the hash chains", description = "Recomputes the chain of one aggregate, or of every"
            + " aggregate with events in a range of global indexes (each from its first event), and names every"
            + " event that was edited, deleted or moved.")
    @APIResponse(responseCode = "200", description = "the verdict; `intact` is false when anything is broken")
    public ChainVerifier.Report verify(@Parameter(description = "one aggregate's id") @QueryParam("aggregate")
                                       String aggregate,
                                       @QueryParam("fromIndex") Long fromIndex,
                                       @QueryParam("toIndex") Long toIndex) {
        if (aggregate != null && !aggregate.isBlank()) {
            ChainVerifier.Verdict verdict = verifier.verify(aggregate);
            return new ChainVerifier.Report(verdict.eventsChecked(), verdict.eventsChecked() == 0 ? 0 : 1,
                    verdict.intact(), verdict.broken(), 0, List.of());
        }
        return verifier.verifyRange(fromIndex, toIndex);
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "Export the event store as NDJSON", description = "A header line (public key, running"
            + " hash before the range), then one event a line in global order (globalIndex, aggregate type and id,"
            + " sequence, eventId, timestamp, payloadType, revision, payload and metaData) with the signed checkpoints"
            + " of the range among them (`kind`: header, event, checkpoint); verifiable offline with the verifier.")
    @APIResponse(responseCode = "200", description = "the events, streamed")
    public StreamingOutput export(@QueryParam("fromIndex") Long fromIndex, @QueryParam("toIndex") Long toIndex) {
        personalData.read("EventStore", List.of((fromIndex == null ? "" : fromIndex) + ".."
                + (toIndex == null ? "" : toIndex)), null, "audit-export", true);
        return out -> log.export(fromIndex, toIndex, out);
    }

    @GET
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "The signed checkpoints of the global stream", description = "签名检查点: each seals the"
            + " running hash over every event up to its global index with the service's Ed25519 key; oldest first.")
    @APIResponse(responseCode = "200", description = "a page of checkpoints")
    public List<CheckpointSeal.Checkpoint> checkpoints(@QueryParam("fromIndex") Long fromIndex,
                                                       @QueryParam("toIndex") Long toIndex,
                                                       @QueryParam("page") Integer page,
                                                       @QueryParam("size") Integer size) {
        return checkpoints.list(fromIndex, toIndex, page(page), size(size));
    }

    @POST
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(summary = "Make a checkpoint now", description = "Seals the stream up to its newest settled event"
            + " without waiting for the next periodic checkpoint. Admins only.")
    @APIResponse(responseCode = "201", description = "the new checkpoint")
    @APIResponse(responseCode = "204", description = "no new event to seal")
    public Response makeCheckpoint() {
        return checkpoints.make().map(c -> Response.status(Response.Status.CREATED).entity(c).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("/checkpoints/public-key")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The public key of the checkpoints", description = "Ed25519, base64 X.509: what the"
            + " offline verifier checks the checkpoints of an export with (`--public-key`).")
    @APIResponse(responseCode = "200", description = "the algorithm, key id and public key")
    public Checkpoints.PublishedKey publicKey() {
        return checkpoints.publishedKey();
    }

    @GET
    @Path("/projections")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "The service's projections", description = "Each event processor: running, in error or"
            + " replaying, the segments this instance processes, and its lag behind the global stream.")
    @APIResponse(responseCode = "200", description = "the projections")
    public List<Projections.Status> projections() {
        return projections.all();
    }

    @POST
    @Path("/projections/{name}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DivisionAccess.ADMIN)
    @RunOnVirtualThread
    @Operation(summary = "Replay a projection", description = "Rebuilds it in the background from the whole global"
            + " stream into shadow copies of its tables while queries keep being served from the live ones, then"
            + " compares the rebuilt rows with the live rows: equal, or a report of the differences (table, key,"
            + " live and rebuilt values); with `force=true` differing rebuilt rows replace the live ones. Follow the"
            + " progress at the Location. Admins only.")
    @APIResponse(responseCode = "202", description = "the replay has started; Location: its progress")
    @APIResponse(responseCode = "404", description = "no projection of that name")
    @APIResponse(responseCode = "409", description = "the projection cannot be replayed, or a replay of it runs")
    public Response replay(@PathParam("name") String name, @QueryParam("force") boolean force,
                           @Context UriInfo uri) {
        ProjectionReplays.Status started = replays.start(name, force);
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().replacePath(
                uri.getAbsolutePath().getPath().replaceFirst("/replay$", "/replays/" + started.id())).build())
                .build();
    }

    @GET
    @Path("/projections/{name}/replays/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DivisionAccess.AUDITOR, DivisionAccess.ADMIN})
    @RunOnVirtualThread
    @Operation(summary = "A projection replay's progress", description = "Phase, events done of the total, rate and"
            + " estimated time left; when done, the outcome of the comparison with the live view and the first"
            + " differences.")
    @APIResponse(responseCode = "200", description = "the replay")
    @APIResponse(responseCode = "404", description = "no such replay of that projection")
    public ProjectionReplays.Status replayStatus(@PathParam("name") String name, @PathParam("id") String id) {
        return replays.status(name, id);
    }

    /** The prefix of the divisions the caller may read; null for everything. */
    private String scope() {
        Caller who = caller.get();
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return null;
        }
        // an auditor without a division reaches nothing: a prefix no code has
        return DivisionCode.parse(who.division()).map(DivisionCode::prefix).orElse("-");
    }

    private static Instant instant(String field, String text) {
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

    private static int page(Integer page) {
        if (page != null && page < 0) {
            throw new InvalidInput("page", "must not be negative");
        }
        return page == null ? 0 : page;
    }

    private static int size(Integer size) {
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
        return size == null ? 50 : size;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
