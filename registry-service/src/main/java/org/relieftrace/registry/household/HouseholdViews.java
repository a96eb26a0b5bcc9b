package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the household endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}); each view can hide
 * ID and account numbers ({@link Masks}).
 */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    /** 家庭成员 — a person of a household; {@code head} marks the 户主, {@code deceasedOn} a recorded death. */
    public record PersonView(UUID personId, String name, String idNumber, String phone, String gender,
                             LocalDate birthDate, String relation, boolean head, LocalDate deceasedOn) {

        PersonView masked() {
            return new PersonView(personId, name, Masks.idNumber(idNumber), phone, gender, birthDate, relation, head,
                    deceasedOn);
        }
    }

    /** 一卡通账户 — the account a household's money goes to: whose card, in whose name, at which bank. */
    public record PayoutAccountView(UUID holderPersonId, String holderName, String bank, String accountNumber) {

        PayoutAccountView masked() {
            return new PayoutAccountView(holderPersonId, holderName, bank, Masks.accountNumber(accountNumber));
        }
    }

    /** 户 — a household with its members (the head first) and its payout account, if one is set. */
    public record HouseholdView(UUID householdId, String divisionCode, String address, UUID headPersonId,
                                List<PersonView> members, PayoutAccountView payoutAccount) {

        /** This household with ID and account numbers masked. */
        public HouseholdView masked() {
            return new HouseholdView(householdId, divisionCode, address, headPersonId,
                    members.stream().map(PersonView::masked).toList(),
                    payoutAccount == null ? null : payoutAccount.masked());
        }
    }

    /** Where a household lives now and who heads it, as its own events say. */
    public record HouseholdRecord(UUID householdId, String divisionCode, UUID headPersonId) {
    }

    /** What a registered household answers. */
    public record HouseholdRegisteredAnswer(UUID householdId, UUID headPersonId) {
    }

    /** What an added or moved member answers. */
    public record MemberAnswer(UUID householdId, UUID personId) {
    }

    /** Where the holder of a resident ID number is registered now. */
    public record PersonRegistration(UUID personId, UUID householdId) {
    }

    /**
     * One change of a household: its sequence in the household's stream, the event, when it was stored, who made it
     * (user id, name, roles and division from the event's metadata) and why, the event's fields, and for an account
     * change the account it replaced ({@code previousAccount}, null for the first).
     */
    public record HistoryEntry(long sequence, String event, String at, String userId, String username, String roles,
                               String division, String reason, Map<String, Object> change,
                               Map<String, Object> previousAccount) {

        HistoryEntry masked() {
            return new HistoryEntry(sequence, event, at, userId, username, roles, division, reason,
                    Masks.fields(change), Masks.fields(previousAccount));
        }
    }

    /** 变更记录 — every change of a household, oldest first. */
    public record HouseholdHistory(UUID householdId, List<HistoryEntry> entries) {

        /** This history with ID and account numbers masked. */
        public HouseholdHistory masked() {
            return new HouseholdHistory(householdId, entries.stream().map(HistoryEntry::masked).toList());
        }
    }
}
