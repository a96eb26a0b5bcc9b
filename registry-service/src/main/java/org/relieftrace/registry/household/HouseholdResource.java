package org.relieftrace.registry.household;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.audit.PersonalDataAccess;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.request.RequestHeaders;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.metadata.EventMetadata;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.household.HouseholdRequests.DeathRequest;
import org.relieftrace.registry.household.HouseholdRequests.HouseholdMoveRequest;
import org.relieftrace.registry.household.HouseholdRequests.HouseholdRequest;
import org.relieftrace.registry.household.HouseholdRequests.MemberMoveRequest;
import org.relieftrace.registry.household.HouseholdRequests.MemberRequest;
import org.relieftrace.registry.household.HouseholdRequests.PayoutAccountRequest;
import org.relieftrace.registry.household.HouseholdRequests.PersonRequest;
import org.relieftrace.registry.household.HouseholdRequests.RemovalRequest;
import org.relieftrace.registry.household.HouseholdViews.HouseholdHistory;
import org.relieftrace.registry.household.HouseholdViews.HouseholdPage;
import org.relieftrace.registry.household.HouseholdViews.HouseholdView;
import org.relieftrace.registry.paging.Paging;

/**
 * 户籍 — households, their members and the one-card accounts their relief money goes to. Civil-affairs staff (and
 * admins) change households inside their division; every role reads inside its division. Resident ID and account
 * numbers are shown in full to civil-affairs and finance only, masked to everyone else ({@link Masks}). Every read
 * by an auditor or by a role that sees the numbers in full is recorded ({@link PersonalDataAccess}), with the reason
 * given in {@code X-Access-Reason}.
 * <p>
 * A person belongs to one household: registering a resident ID number that the person read model already places
 * in a household is refused with {@code 409 person-already-registered} naming that household. Two requests racing
 * with the same number for different households could both pass this check before either is projected; the same
 * household can never hold one person twice (person ids derive from the ID number), and an auditor finds such a
 * pair in the person table by its id number. A member moving between households is removed from the one (which
 * refuses if they are its head or hold its account) and then added to the other, which was checked to exist first.
 */
@Path("/api/registry/households")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class HouseholdResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String HOUSEHOLD = "Household";

    /** What a registered household answers. */
    public record HouseholdRegisteredAnswer(UUID householdId, UUID headPersonId) {
    }

    /** What an added or moved member answers. */
    public record MemberAnswer(UUID householdId, UUID personId) {
    }

    @Inject
    Commands commands;

    @Inject
    CommandGateway gateway;

    @Inject
    RequestHeaders headers;

    @Inject
    QueryGateway queries;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    PersonalDataAccess personalData;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Register a household (户登记)", description = "In a registered village or township inside"
            + " the caller's division, with its head. Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the household")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "division outside the caller's")
    @APIResponse(responseCode = "409", description = "the head is already registered in a household")
    public Response register(@NotNull @Valid HouseholdRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        checkIdNumber("head.idNumber", request.head().idNumber(), errors);
        if (request.head().phone() == null) {
            errors.add(new InvalidInput.FieldError("head.phone", "the head of household needs a phone number"));
        }
        throwIfAny(errors);
        access.requireActingIn(request.divisionCode());
        residentDivision("divisionCode", request.divisionCode());
        requireNotRegistered(request.head().idNumber());
        UUID householdId = commands.newId("household");
        UUID registered = commands.send(new RegisterHousehold(householdId, request.divisionCode(),
                request.address(), request.head().name(), request.head().idNumber(), request.head().phone()),
                request.reason());
        return Response.created(URI.create("/api/registry/households/" + registered))
                .entity(new HouseholdRegisteredAnswer(registered, ResidentIds.personIdOf(request.head().idNumber())))
                .build();
    }

    @POST
    @Path("/{householdId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Add a member (增加家庭成员)")
    @APIResponse(responseCode = "201", description = "added")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "unknown household")
    @APIResponse(responseCode = "409", description = "the person is already registered in a household")
    public Response addMember(@PathParam("householdId") UUID householdId, @NotNull @Valid MemberRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        checkIdNumber("person.idNumber", request.person().idNumber(), errors);
        throwIfAny(errors);
        acting(householdId);
        PersonRequest person = request.person();
        requireNotRegistered(person.idNumber());
        UUID personId = commands.send(new AddMember(householdId, person.name(), person.idNumber(), person.phone(),
                person.relation(), null), request.reason());
        return Response.created(URI.create("/api/registry/households/" + householdId))
                .entity(new MemberAnswer(householdId, personId)).build();
    }

    @POST
    @Path("/{householdId}/members/{personId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Remove a member (减少家庭成员)", description = "The head and the holder of the payout"
            + " account cannot leave.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "the head or the account holder")
    public void removeMember(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                             @NotNull @Valid RemovalRequest request) {
        acting(householdId);
        commands.send(new RemoveMember(householdId, personId, null), request.reason());
    }

    @POST
    @Path("/{householdId}/members/{personId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Move a member to another household (成员迁移)", description = "Both households inside the"
            + " caller's division; the head and the holder of the payout account cannot leave.")
    @APIResponse(responseCode = "200", description = "moved")
    @APIResponse(responseCode = "400", description = "the target household is unknown")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "the head, the account holder, or the same household")
    public MemberAnswer moveMember(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                                   @NotNull @Valid MemberMoveRequest request) {
        acting(householdId);
        HouseholdView target = queries.query(new FindHousehold(request.toHouseholdId()),
                        ResponseTypes.optionalInstanceOf(HouseholdView.class)).join()
                .orElseThrow(() -> new InvalidInput("toHouseholdId", "household " + request.toHouseholdId()
                        + " is not registered"));
        access.requireActingIn(target.divisionCode());
        Household.Member member = commands.send(new RemoveMember(householdId, personId, target.householdId()),
                request.reason());
        UUID moved = sendSecond(new AddMember(target.householdId(), member.name(), member.idNumber(),
                member.phone(), member.relation(), householdId), request.reason());
        return new MemberAnswer(target.householdId(), moved);
    }

    /**
     * The second command of a move, on behalf of the same caller, for the same reason and request, but without the
     * request's idempotency key: that key was claimed by the first command. A retried move replays the first
     * command's answer and sends this one again, which the target household accepts as the move already done.
     */
    private <R> R sendSecond(Object command, String reason) {
        Caller who = caller.get();
        Map<String, Object> values = new HashMap<>();
        values.put(EventMetadata.USER_ID, who.userId());
        values.put(EventMetadata.USERNAME, who.username());
        values.put(EventMetadata.ROLES, who.rolesText());
        if (who.division() != null) {
            values.put(EventMetadata.DIVISION, who.division());
        }
        values.put(EventMetadata.CORRELATION_ID, headers.correlationId());
        if (reason != null && !reason.isBlank()) {
            values.put(EventMetadata.REASON, reason.strip());
        }
        try {
            return gateway.sendAndWait(command, MetaData.from(values));
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @POST
    @Path("/{householdId}/members/{personId}/death")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Record a death (死亡登记)")
    @APIResponse(responseCode = "204", description = "recorded")
    @APIResponse(responseCode = "400", description = "the date is in the future")
    @APIResponse(responseCode = "404", description = "unknown household or person not in it")
    @APIResponse(responseCode = "409", description = "already deceased, or a date before the birth date")
    public void recordDeath(@PathParam("householdId") UUID householdId, @PathParam("personId") UUID personId,
                            @NotNull @Valid DeathRequest request) {
        if (request.dateOfDeath().isAfter(LocalDate.now(CHINA))) {
            throw new InvalidInput("dateOfDeath", "must not be in the future");
        }
        acting(householdId);
        commands.send(new RecordDeath(householdId, personId, request.dateOfDeath()), request.reason());
    }

    @POST
    @Path("/{householdId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Move the household (户迁移)", description = "To a registered village or township; both the"
            + " old and the new division inside the caller's.")
    @APIResponse(responseCode = "204", description = "moved")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "a division outside the caller's")
    @APIResponse(responseCode = "404", description = "unknown household")
    public void moveHousehold(@PathParam("householdId") UUID householdId,
                              @NotNull @Valid HouseholdMoveRequest request) {
        acting(householdId);
        access.requireActingIn(request.divisionCode());
        residentDivision("divisionCode", request.divisionCode());
        commands.send(new MoveHousehold(householdId, request.divisionCode(), request.address()), request.reason());
    }

    @PUT
    @Path("/{householdId}/payout-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(summary = "Set or change the payout account (一卡通账户)", description = "The card of the head or of a"
            + " living member, in that person's own name. The change and the account it replaces stay in the"
            + " household's history.")
    @APIResponse(responseCode = "204", description = "set")
    @APIResponse(responseCode = "400", description = "invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "unknown household, or the person is not in it")
    @APIResponse(responseCode = "409", description = "the holder name is not the person's name, or they died")
    public void setPayoutAccount(@PathParam("householdId") UUID householdId,
                                 @NotNull @Valid PayoutAccountRequest request) {
        UUID member = null;
        if (!"HEAD".equals(request.holder())) {
            try {
                member = UUID.fromString(request.holder());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("holder", "must be HEAD or the person id of a member");
            }
        }
        HouseholdView household = acting(householdId);
        UUID holder = member == null ? household.headPersonId() : member;
        commands.send(new SetPayoutAccount(householdId, holder, request.bank(), request.accountNumber(),
                request.holderName()), request.reason());
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "Households in a division and below it", description = "The caller's own division when"
            + " none is named; every household for an admin without a division.")
    @APIResponse(responseCode = "200", description = "a page of households")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed or out of range")
    @APIResponse(responseCode = "403", description = "division outside the caller's")
    public HouseholdPage list(@QueryParam("division") String division,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        String scope = access.readingScope(division);
        HouseholdPage found = queries.query(new FindHouseholds(scope, page, size),
                ResponseTypes.instanceOf(HouseholdPage.class)).join();
        if (!found.items().isEmpty()) {
            personalData.read(HOUSEHOLD, found.items().stream().map(h -> h.householdId().toString()).toList(),
                    scope, "household-list", seesInFull());
        }
        return seesInFull() ? found : found.masked();
    }

    @GET
    @Path("/{householdId}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "One household with its members and payout account")
    @APIResponse(responseCode = "200", description = "the household")
    @APIResponse(responseCode = "403", description = "household outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown household")
    public HouseholdView household(@PathParam("householdId") UUID householdId) {
        HouseholdView household = find(householdId);
        access.requireReading(household.divisionCode());
        personalData.read(HOUSEHOLD, List.of(householdId.toString()), household.divisionCode(), "household",
                seesInFull());
        return seesInFull() ? household : household.masked();
    }

    @GET
    @Path("/{householdId}/history")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(summary = "Every change of a household (变更记录)", description = "Oldest first, each with who made it"
            + " (user, roles, division), when and why; an account change shows the account it replaced.")
    @APIResponse(responseCode = "200", description = "the history")
    @APIResponse(responseCode = "403", description = "household outside the caller's division")
    @APIResponse(responseCode = "404", description = "unknown household")
    public HouseholdHistory history(@PathParam("householdId") UUID householdId) {
        HouseholdView household = find(householdId);
        access.requireReading(household.divisionCode());
        HouseholdHistory history = queries.query(new FindHouseholdHistory(householdId),
                ResponseTypes.instanceOf(HouseholdHistory.class)).join();
        personalData.read(HOUSEHOLD, List.of(householdId.toString()), household.divisionCode(),
                "household-history", seesInFull());
        return seesInFull() ? history : history.masked();
    }

    private boolean seesInFull() {
        Caller who = caller.get();
        return Masks.SEE_IN_FULL.stream().anyMatch(who::hasRole);
    }

    private HouseholdView find(UUID householdId) {
        return queries.query(new FindHousehold(householdId), ResponseTypes.optionalInstanceOf(HouseholdView.class))
                .join().orElseThrow(() -> new NotFound("household", householdId));
    }

    /** The household, which the caller may change. */
    private HouseholdView acting(UUID householdId) {
        HouseholdView household = find(householdId);
        access.requireActingIn(household.divisionCode());
        return household;
    }

    /** A household lives in a registered village or township. */
    private void residentDivision(String field, String code) {
        HouseholdRules.residentDivisionProblem(queries, code).ifPresent(problem -> {
            throw new InvalidInput(field, problem);
        });
    }

    private void requireNotRegistered(String idNumber) {
        HouseholdRules.registeredIn(queries, idNumber).ifPresent(household -> {
            throw new DomainRuleViolation("person-already-registered", "The person with this ID number is"
                    + " already registered in household " + household, household);
        });
    }

    private static void checkIdNumber(String field, String idNumber, List<InvalidInput.FieldError> errors) {
        HouseholdRules.idNumberProblem(idNumber)
                .ifPresent(problem -> errors.add(new InvalidInput.FieldError(field, problem)));
    }

    private static void throwIfAny(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
