package org.relieftrace.gateway.console.household;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 户籍 — the registry's answers about households as the console reads them: mirrored from the registry's view
 * records with only the fields the pages use (the registry may answer more; ID and account numbers come masked).
 */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    /** 家庭成员 — a person of a household; {@code head} marks the 户主, {@code deceasedOn} a recorded death. */
    public record PersonView(String personId, String name, String idNumber, String gender, String birthDate,
                             String relation, boolean head, String deceasedOn) {
    }

    /** 一卡通账户 — the account a household's money goes to. */
    public record AccountView(String holderName, String bank, String accountNumber) {
    }

    /** 户 — a household with its members (the head first) and its payout account, if one is set. */
    public record HouseholdView(String householdId, String divisionCode, String address, List<PersonView> members,
                                AccountView payoutAccount) {

        public HouseholdView {
            members = members == null ? List.of() : members;
        }

        /** The head (户主), or null when none is marked. */
        public PersonView head() {
            return members.stream().filter(PersonView::head).findFirst().orElse(null);
        }
    }

    /**
     * One change in a household's history: when, by whom, why, and what changed — the change as the event
     * recorded it, any shape, shown field by field.
     */
    public record ChangeView(long sequence, String event, String at, String username, String roles,
                             String division, String reason, JsonNode change) {
    }

    /**
     * 变更记录 — a household's history, oldest first; read from the list envelope's {@code items} (or, from a
     * registry that still answers the history as a record, its {@code entries}).
     */
    public record HistoryView(List<ChangeView> items, List<ChangeView> entries) {

        /** The changes, whichever field carried them. */
        public List<ChangeView> changes() {
            return items != null ? items : entries == null ? List.of() : entries;
        }
    }

    /** A row the import refused: the row, the field, the message. */
    public record ImportProblem(int row, String field, String message) {
    }

    /** 导入 — the result of a file import. */
    public record ImportView(String status, String mode, String file, int total, int imported, int invalid,
                             List<ImportProblem> report) {

        public ImportView {
            report = report == null ? List.of() : report;
        }
    }
}
