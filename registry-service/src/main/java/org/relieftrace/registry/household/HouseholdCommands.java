package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Household}; each goes to the stream {@link Household#streamOf(UUID)}. */
public final class HouseholdCommands {

    private HouseholdCommands() {
    }

    /** A command to one household: it goes to the stream {@link Household#streamOf(UUID)}. */
    public interface ToHousehold {

        UUID householdId();

        @TargetAggregateIdentifier
        default String stream() {
            return Household.streamOf(householdId());
        }
    }

    /**
     * 户登记 — register a household in a village or township with its head; the head's person id, gender and birth
     * date follow from the resident ID number.
     */
    public record RegisterHousehold(UUID householdId, String divisionCode, String address, String headName,
                                    String headIdNumber, String headPhone) implements ToHousehold {
    }

    /**
     * 增加家庭成员 — a person joins the household; {@code movedFromHouseholdId} is the household they left when they
     * move here, else null.
     */
    public record AddMember(UUID householdId, String name, String idNumber, String phone, String relation,
                            UUID movedFromHouseholdId) implements ToHousehold {
    }

    /**
     * 减少家庭成员 — a person leaves the household; {@code movedToHouseholdId} names the household they move to, else
     * null. Answers the person as they were on record.
     */
    public record RemoveMember(UUID householdId, UUID personId, UUID movedToHouseholdId) implements ToHousehold {
    }

    /**
     * 成员迁移 — a person moves from one household to another in one unit of work ({@link MemberMove}): removed from
     * the first, added to the second, the resident ID claim passed between them.
     */
    public record MoveMember(UUID fromHouseholdId, UUID personId, UUID toHouseholdId) {
    }

    /** What a removal answers: the person as they were on record, so that a move can add them elsewhere. */
    public record RemovedMember(UUID personId, String name, String idNumber, String phone, String relation) {
    }

    /** 死亡登记 — a person of the household died on {@code dateOfDeath}, as a document shows, of a cause. */
    public record RecordDeath(UUID householdId, UUID personId, LocalDate dateOfDeath, String documentReference,
                              String cause) implements ToHousehold {
    }

    /**
     * 户迁移 — the household now lives in {@code divisionCode} (a registered village or township) at
     * {@code address}.
     */
    public record MoveHousehold(UUID householdId, String divisionCode, String address) implements ToHousehold {
    }

    /**
     * 一卡通账户 — set or change the account that receives the household's money: the card of
     * {@code holderPersonId} (null: the head of household), held in that person's own name.
     */
    public record SetPayoutAccount(UUID householdId, UUID holderPersonId, String bank, String accountNumber,
                                   String holderName) implements ToHousehold {
    }
}
