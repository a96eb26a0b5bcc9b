package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.MoveHousehold;
import org.relieftrace.registry.household.HouseholdCommands.RecordDeath;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;
import org.relieftrace.registry.household.HouseholdCommands.RemoveMember;
import org.relieftrace.registry.household.HouseholdCommands.RemovedMember;
import org.relieftrace.registry.household.HouseholdCommands.SetPayoutAccount;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 户 — a household: where it lives, its head (户主) and members, and the one-card account (一卡通) its relief money
 * goes to. Its public id is the household UUID; its event stream is {@code household:<uuid>}, so that it never
 * collides with a stream of another kind in the shared event store.
 * <p>
 * The household owns its membership: who belongs to it, who died, whose card receives the money. The head neither
 * leaves nor moves out (the household would have no head), and the holder of the payout account does not leave
 * before the account is changed: a card must belong to a person of the household, in their own name. That a person
 * belongs to one household at a time is a rule across households: the household claims the resident ID number in
 * the transaction of its event ({@link ResidentIdClaims}), passes the claim to the household a member moves to and
 * releases it when a member leaves; a person's id is derived from their resident ID number
 * ({@link ResidentIds#personIdOf(String)}), so within one household the same person can never be added twice.
 */
@AggregateRoot
public class Household {

    private static final String STREAM_PREFIX = "household:";

    @AggregateIdentifier
    private String stream;
    private UUID householdId;
    private String division;
    private UUID headPersonId;
    private final Map<UUID, Member> members = new LinkedHashMap<>();
    private UUID accountHolder;
    private String accountBank;
    private String accountNumber;
    private String accountHolderName;

    protected Household() {
        // for Axon
    }

    /** A person on the household's record, as the household knows them. */
    public record Member(UUID personId, String name, String idNumber, String phone, String relation,
                         LocalDate birthDate, LocalDate deceasedOn, UUID movedFromHouseholdId) {

        boolean alive() {
            return deceasedOn == null;
        }
    }

    /** The event stream (aggregate identifier) of the household with this id. */
    public static String streamOf(UUID householdId) {
        return STREAM_PREFIX + householdId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(RegisterHousehold command, ResidentIdClaims claims) {
        CreatedOnce.require(stream, "household-already-registered",
                    "Household " + command.householdId() + " is already registered", command.householdId());
        String id = command.headIdNumber();
        requireClaim(claims, id, command.householdId());
        apply(new HouseholdRegistered(command.householdId(), command.divisionCode(), command.address().strip(),
                ResidentIds.personIdOf(id), command.headName().strip(), id, command.headPhone(),
                ResidentIds.genderOf(id), ResidentIds.birthDateOf(id)));
        return command.householdId();
    }

    @CommandHandler
    public UUID handle(AddMember command, ResidentIdClaims claims) {
        UUID personId = ResidentIds.personIdOf(command.idNumber());
        Member present = members.get(personId);
        if (present != null && command.movedFromHouseholdId() != null
                && command.movedFromHouseholdId().equals(present.movedFromHouseholdId())) {
            return personId; // the same move, retried: already here
        }
        if (present != null) {
            throw new DomainRuleViolation("person-already-registered", "The person with this ID number is already"
                    + " registered in household " + householdId, householdId);
        }
        requireClaim(claims, command.idNumber(), householdId);
        apply(new MemberAdded(householdId, personId, command.name().strip(), command.idNumber(), command.phone(),
                ResidentIds.genderOf(command.idNumber()), ResidentIds.birthDateOf(command.idNumber()),
                command.relation(), command.movedFromHouseholdId()));
        return personId;
    }

    @CommandHandler
    public RemovedMember handle(RemoveMember command, ResidentIdClaims claims) {
        Member member = member(command.personId());
        if (command.personId().equals(headPersonId)) {
            throw new DomainRuleViolation("head-cannot-leave", "The head of household " + householdId + " cannot"
                    + " leave it", householdId);
        }
        if (command.personId().equals(accountHolder)) {
            throw new DomainRuleViolation("account-holder-cannot-leave", "Person " + command.personId() + " holds"
                    + " the payout account of household " + householdId + "; change the account first",
                    command.personId(), householdId);
        }
        if (householdId.equals(command.movedToHouseholdId())) {
            throw new DomainRuleViolation("move-to-same-household", "Person " + command.personId()
                    + " already lives in household " + householdId, command.personId(), householdId);
        }
        if (command.movedToHouseholdId() == null) {
            claims.release(member.idNumber(), householdId);
        } else {
            claims.pass(member.idNumber(), householdId, command.movedToHouseholdId(), member.personId());
        }
        apply(new MemberRemoved(householdId, command.personId(), command.movedToHouseholdId()));
        return new RemovedMember(member.personId(), member.name(), member.idNumber(), member.phone(),
                member.relation());
    }

    @CommandHandler
    public UUID handle(RecordDeath command) {
        Member member = member(command.personId());
        if (!member.alive()) {
            throw new DomainRuleViolation("person-already-deceased", "Person " + command.personId() + " is already"
                    + " recorded as deceased on " + member.deceasedOn(), command.personId(), member.deceasedOn());
        }
        if (command.dateOfDeath().isBefore(member.birthDate())) {
            throw new DomainRuleViolation("death-before-birth", "The date of death " + command.dateOfDeath()
                    + " is before the birth date " + member.birthDate(), command.dateOfDeath(), member.birthDate());
        }
        apply(new PersonDeceased(householdId, command.personId(), command.dateOfDeath(),
                command.documentReference().strip(), command.cause().strip()));
        return command.personId();
    }

    @CommandHandler
    public UUID handle(MoveHousehold command) {
        apply(new HouseholdMoved(householdId, command.divisionCode(), command.address().strip(), division));
        return householdId;
    }

    @CommandHandler
    public UUID handle(SetPayoutAccount command) {
        UUID holderId = command.holderPersonId() == null ? headPersonId : command.holderPersonId();
        Member holder = member(holderId);
        if (!holder.alive()) {
            throw new DomainRuleViolation("account-holder-deceased", "Person " + holderId
                    + " is deceased and cannot hold the payout account", holderId);
        }
        if (!holder.name().equals(command.holderName().strip())) {
            throw new DomainRuleViolation("account-holder-name-mismatch", "The account holder name "
                    + command.holderName().strip() + " is not the name of the person whose card it is, "
                    + holder.name(), command.holderName().strip(), holder.name());
        }
        boolean unchanged = holderId.equals(accountHolder) && command.bank().strip()
                .equals(accountBank) && command.accountNumber().equals(accountNumber)
                && holder.name().equals(accountHolderName);
        if (!unchanged) {
            apply(new PayoutAccountSet(householdId, holderId, command.bank().strip(),
                    command.accountNumber(), holder.name()));
        }
        return householdId;
    }

    /** Takes the number for this household, refused when another household holds it (a person, one household). */
    private static void requireClaim(ResidentIdClaims claims, String idNumber, UUID householdId) {
        claims.claim(idNumber, householdId, ResidentIds.personIdOf(idNumber)).ifPresent(holder -> {
            throw new DomainRuleViolation("person-already-registered", "The person with this ID number is already"
                    + " registered in household " + holder, holder);
        });
    }

    private Member member(UUID personId) {
        Member member = members.get(personId);
        if (member == null) {
            throw new NotFound("person", personId + " in household " + householdId);
        }
        return member;
    }

    @EventSourcingHandler
    void on(HouseholdRegistered event) {
        stream = streamOf(event.householdId());
        householdId = event.householdId();
        division = event.divisionCode();
        headPersonId = event.headPersonId();
        members.put(event.headPersonId(), new Member(event.headPersonId(), event.headName(), event.headIdNumber(),
                event.headPhone(), "户主", event.headBirthDate(), null, null));
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.put(event.personId(), new Member(event.personId(), event.name(), event.idNumber(), event.phone(),
                event.relation(), event.birthDate(), null, event.movedFromHouseholdId()));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.personId());
    }

    @EventSourcingHandler
    void on(PersonDeceased event) {
        Member member = members.get(event.personId());
        members.put(event.personId(), new Member(member.personId(), member.name(), member.idNumber(),
                member.phone(), member.relation(), member.birthDate(), event.dateOfDeath(),
                member.movedFromHouseholdId()));
    }

    @EventSourcingHandler
    void on(HouseholdMoved event) {
        division = event.divisionCode();
    }

    @EventSourcingHandler
    void on(PayoutAccountSet event) {
        accountHolder = event.holderPersonId();
        accountBank = event.bank();
        accountNumber = event.accountNumber();
        accountHolderName = event.holderName();
    }
}
