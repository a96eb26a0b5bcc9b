package org.relieftrace.registry.household;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.platform.axon.EventJson;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.household.HouseholdViews.HistoryEntry;
import org.relieftrace.registry.household.HouseholdViews.HouseholdHistory;
import org.relieftrace.registry.household.HouseholdViews.HouseholdRecord;
import org.relieftrace.registry.household.HouseholdViews.HouseholdView;
import org.relieftrace.registry.household.HouseholdViews.PayoutAccountView;
import org.relieftrace.registry.household.HouseholdViews.PersonRegistration;
import org.relieftrace.registry.household.HouseholdViews.PersonView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers household questions from the household read models, and a household's history and {@link #recorded}
 * facts — what commands check — straight from its event stream in the shared event store: the history is the
 * record itself, never a copy that could disagree with it, and a command right after the registration finds it.
 */
@ApplicationScoped
public class HouseholdQueries {

    private static final ObjectMapper JSON = EventJson.objectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** One household with its members and payout account, from the read model. */
    public Optional<HouseholdView> find(UUID householdId) {
        return sql.one("SELECT household_id, division_code, address, head_person_id FROM registry.household"
                + " WHERE household_id = ?", this::household, householdId);
    }

    /**
     * Where a registered household lives now and who heads it, from its own events: present as soon as its
     * registration has answered.
     */
    public Optional<HouseholdRecord> recorded(UUID householdId) {
        HouseholdRecord found = null;
        for (Object event : streams.payloads(Household.streamOf(householdId))) {
            if (event instanceof HouseholdRegistered registered) {
                found = new HouseholdRecord(householdId, registered.divisionCode(), registered.headPersonId());
            } else if (event instanceof HouseholdMoved moved && found != null) {
                found = new HouseholdRecord(householdId, moved.divisionCode(), found.headPersonId());
            }
        }
        return Optional.ofNullable(found);
    }

    /** A page of the households in a division and below it ({@code null}: all). */
    public ListPage<HouseholdView> list(String divisionCode, int page, int size) {
        String scope = divisionCode == null ? "%" : DivisionCode.of(divisionCode).likePattern();
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.household WHERE division_code LIKE ?",
                "SELECT household_id, division_code, address, head_person_id FROM registry.household"
                        + " WHERE division_code LIKE ? ORDER BY division_code, household_id LIMIT ? OFFSET ?",
                this::household, page, size, scope);
    }

    /**
     * 户查询 — a page of the households in a division and below it ({@code null}: all) that {@code q} finds: a full
     * resident ID number of a member (matched by its digest in the claim table, so the number is never compared in
     * clear), a member's name or the address containing it, the start of the household's id, and — for a reader who
     * sees numbers in full ({@code bySuffix}) — the end of a member's number (4 characters or more).
     */
    public ListPage<HouseholdView> search(String divisionCode, String q, boolean bySuffix, int page, int size) {
        String scope = divisionCode == null ? "%" : DivisionCode.of(divisionCode).likePattern();
        String text = q.strip();
        String contains = "%" + escapedForLike(text) + "%";
        String suffix = bySuffix && text.length() >= 4 ? "%" + escapedForLike(text.toUpperCase(Locale.ROOT)) : null;
        String where = " FROM registry.household h WHERE h.division_code LIKE ? AND ("
                + " h.household_id IN (SELECT c.household_id FROM registry.resident_id_claim c WHERE c.id_digest = ?)"
                + " OR h.address LIKE ? OR CAST(h.household_id AS VARCHAR) LIKE ?"
                + " OR EXISTS (SELECT 1 FROM registry.person p WHERE p.household_id = h.household_id"
                + " AND (p.name LIKE ? OR (CAST(? AS VARCHAR) IS NOT NULL AND p.id_number LIKE ?))))";
        Object[] values = {scope, ResidentIds.digestOf(text.toUpperCase(Locale.ROOT)), contains,
                escapedForLike(text.toLowerCase(Locale.ROOT)) + "%", contains, suffix, suffix};
        return SqlPages.counted(sql, "SELECT count(*)" + where,
                "SELECT h.household_id, h.division_code, h.address, h.head_person_id" + where
                        + " ORDER BY h.division_code, h.household_id LIMIT ? OFFSET ?",
                this::household, page, size, values);
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String escapedForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Where the holder of a resident ID number is registered now, from the person table. */
    public Optional<PersonRegistration> personByIdNumber(String idNumber) {
        return sql.one("SELECT person_id, household_id FROM registry.person"
                        + " WHERE id_number = ? AND household_id IS NOT NULL ORDER BY person_id",
                rows -> new PersonRegistration(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)),
                idNumber);
    }

    /** A registered person, from the person table. */
    public Optional<PersonRegistration> person(UUID personId) {
        return sql.one("SELECT person_id, household_id FROM registry.person WHERE person_id = ?",
                rows -> new PersonRegistration(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)),
                personId);
    }

    /** 变更记录 — every change of a household, oldest first, from its event stream. */
    public HouseholdHistory history(UUID householdId) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> account = null;
        List<Stored> stored = sql.list("SELECT sequence_number, payload_type, time_stamp,"
                        + " convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8')"
                        + " FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                rows -> new Stored(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)), Household.streamOf(householdId));
        for (Stored event : stored) {
            Map<String, Object> change = read(event.payload());
            Map<String, Object> meta = event.metaData() == null ? Map.of() : read(event.metaData());
            Map<String, Object> previous = null;
            if (event.type().equals(PayoutAccountSet.class.getName())) {
                previous = account;
                account = change;
            }
            String type = event.type().substring(event.type().lastIndexOf('.') + 1);
            entries.add(new HistoryEntry(event.sequence(), type, event.at(), text(meta, EventMetadata.USER_ID),
                    text(meta, EventMetadata.USERNAME), text(meta, EventMetadata.ROLES),
                    text(meta, EventMetadata.DIVISION), text(meta, EventMetadata.REASON), change, previous));
        }
        return new HouseholdHistory(householdId, entries);
    }

    private record Stored(long sequence, String type, String at, String payload, String metaData) {
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event JSON cannot be read", e);
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private HouseholdView household(ResultSet rows) throws SQLException {
        UUID householdId = rows.getObject(1, UUID.class);
        UUID head = rows.getObject(4, UUID.class);
        List<PersonView> members = sql.list("SELECT person_id, name, id_number, phone, gender, birth_date, relation,"
                        + " deceased_on FROM registry.person WHERE household_id = ?"
                        + " ORDER BY person_id = ? DESC, birth_date, person_id",
                r -> new PersonView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getDate(6).toLocalDate(), r.getString(7),
                        r.getObject(1, UUID.class).equals(head), date(r.getDate(8))),
                householdId, head);
        PayoutAccountView account = sql.one("SELECT holder_person_id, holder_name, bank, account_number"
                        + " FROM registry.payout_account WHERE household_id = ?",
                r -> new PayoutAccountView(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4)), householdId).orElse(null);
        return new HouseholdView(householdId, rows.getString(2), rows.getString(3), head, members, account);
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
