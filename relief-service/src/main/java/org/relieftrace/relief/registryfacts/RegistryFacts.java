package org.relieftrace.relief.registryfacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.DisasterEnded;
import org.relieftrace.contracts.registry.DisasterResponseLevelChanged;
import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.readmodel.Sql;

/**
 * The registry's published facts the relief-service relies on — divisions, households with their members, one-card
 * accounts (一卡通) and disasters — kept in local tables from the global event stream (no service reads another's
 * tables). An account replacing an earlier one keeps the moment of the change, for the check before a payment.
 * Its rows are written in JDBC batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("registry-facts")
public class RegistryFacts {

    /** A division as the relief-service knows it. */
    public record Division(String code, String name, String level, String parentCode) {
    }

    /** A household: where it lives and who heads it. */
    public record Household(UUID householdId, String divisionCode, String address, UUID headPersonId) {
    }

    /** A person on a household's record. */
    public record Person(UUID personId, UUID householdId, String name, String idNumber, LocalDate deceasedOn) {

        public boolean alive() {
            return deceasedOn == null;
        }
    }

    /** The one-card account of a household; {@code changedAt} is null when no earlier account was replaced. */
    public record Account(UUID householdId, UUID holderPersonId, String bank, String accountNumber,
                          String holderName, Instant setAt, Instant changedAt) {
    }

    /** A declared disaster and the divisions it affects. */
    public record Disaster(UUID disasterId, String type, String name, List<String> affectedDivisionCodes,
                           Instant endedAt) {
    }

    @Inject
    Sql sql;

    @EventHandler
    void on(DivisionRegistered event) {
        sql.updateLater("""
                INSERT INTO relief.known_division (code, name, level, parent_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                    parent_code = EXCLUDED.parent_code""",
                event.code(), event.name(), event.level(), event.parentCode());
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        sql.updateLater("""
                INSERT INTO relief.known_household (household_id, division_code, address, head_person_id)
                VALUES (?, ?, ?, ?) ON CONFLICT (household_id) DO NOTHING""",
                event.householdId(), event.divisionCode(), event.address(), event.headPersonId());
        person(event.headPersonId(), event.householdId(), event.headName(), event.headIdNumber());
    }

    @EventHandler
    void on(MemberAdded event) {
        person(event.personId(), event.householdId(), event.name(), event.idNumber());
    }

    private void person(UUID personId, UUID householdId, String name, String idNumber) {
        sql.updateLater("""
                INSERT INTO relief.known_person (person_id, household_id, name, id_number) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET household_id = EXCLUDED.household_id, name = EXCLUDED.name,
                    id_number = EXCLUDED.id_number""",
                personId, householdId, name, idNumber);
    }

    @EventHandler
    void on(MemberRemoved event) {
        sql.updateLater("UPDATE relief.known_person SET household_id = NULL WHERE person_id = ? AND household_id = ?",
                event.personId(), event.householdId());
    }

    @EventHandler
    void on(PersonDeceased event) {
        sql.updateLater("UPDATE relief.known_person SET deceased_on = ? WHERE person_id = ?", event.dateOfDeath(),
                event.personId());
    }

    @EventHandler
    void on(HouseholdMoved event) {
        sql.updateLater("UPDATE relief.known_household SET division_code = ?, address = ? WHERE household_id = ?",
                event.divisionCode(), event.address(), event.householdId());
    }

    @EventHandler
    void on(PayoutAccountSet event, @Timestamp Instant at) {
        sql.updateLater("""
                INSERT INTO relief.known_account (household_id, holder_person_id, bank, account_number, holder_name,
                                                  set_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL)
                ON CONFLICT (household_id) DO UPDATE SET holder_person_id = EXCLUDED.holder_person_id,
                    bank = EXCLUDED.bank, account_number = EXCLUDED.account_number,
                    holder_name = EXCLUDED.holder_name, set_at = EXCLUDED.set_at,
                    changed_at = CASE WHEN (known_account.holder_person_id, known_account.bank,
                            known_account.account_number) = (EXCLUDED.holder_person_id, EXCLUDED.bank,
                            EXCLUDED.account_number) THEN known_account.changed_at ELSE EXCLUDED.set_at END""",
                event.householdId(), event.holderPersonId(), event.bank(), event.accountNumber(), event.holderName(),
                at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(DisasterDeclared event) {
        sql.updateLater("""
                INSERT INTO relief.known_disaster (disaster_id, type, name, started_at, response_level, affected)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (disaster_id) DO NOTHING""",
                event.disasterId(), event.type(), event.name(), event.startedAt().atOffset(ZoneOffset.UTC),
                event.responseLevel(), String.join(",", event.affectedDivisionCodes()));
    }

    @EventHandler
    void on(DisasterResponseLevelChanged event) {
        sql.updateLater("UPDATE relief.known_disaster SET response_level = ? WHERE disaster_id = ?",
                event.responseLevel(), event.disasterId());
    }

    @EventHandler
    void on(DisasterEnded event) {
        sql.updateLater("UPDATE relief.known_disaster SET ended_at = ? WHERE disaster_id = ?",
                event.endedAt().atOffset(ZoneOffset.UTC), event.disasterId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.known_division, relief.known_household, relief.known_person,"
                + " relief.known_account, relief.known_disaster");
    }

    /** The division with this code, if the registry published it. */
    public Optional<Division> division(String code) {
        return sql.one("SELECT code, name, level, parent_code FROM relief.known_division WHERE code = ?",
                rows -> new Division(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)),
                code);
    }

    /** The household with this id, if the registry published it. */
    public Optional<Household> household(UUID householdId) {
        return sql.one("SELECT household_id, division_code, address, head_person_id FROM relief.known_household"
                        + " WHERE household_id = ?", rows -> new Household(rows.getObject(1, UUID.class),
                        rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class)), householdId);
    }

    /** The persons on a household's record now, the deceased included. */
    public List<Person> members(UUID householdId) {
        return sql.list("SELECT person_id, household_id, name, id_number, deceased_on FROM relief.known_person"
                + " WHERE household_id = ? ORDER BY name", RegistryFacts::person, householdId);
    }

    /** The person with this id, wherever they live. */
    public Optional<Person> person(UUID personId) {
        return sql.one("SELECT person_id, household_id, name, id_number, deceased_on FROM relief.known_person"
                + " WHERE person_id = ?", RegistryFacts::person, personId);
    }

    private static Person person(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new Person(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getObject(5, LocalDate.class));
    }

    /** The household's one-card account, if one was set. */
    public Optional<Account> account(UUID householdId) {
        return sql.one("SELECT household_id, holder_person_id, bank, account_number, holder_name, set_at, changed_at"
                        + " FROM relief.known_account WHERE household_id = ?",
                rows -> new Account(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getString(4), rows.getString(5), instant(rows.getObject(6, OffsetDateTime.class)),
                        instant(rows.getObject(7, OffsetDateTime.class))), householdId);
    }

    /** The households with these ids that the registry published, by id (one query per 5,000). */
    public Map<UUID, Household> households(Collection<UUID> householdIds) {
        return byId(householdIds, "SELECT household_id, division_code, address, head_person_id"
                + " FROM relief.known_household WHERE household_id = ANY(string_to_array(?, ',')::uuid[])",
                rows -> new Household(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getObject(4, UUID.class)), Household::householdId);
    }

    /** The one-card accounts of these households, by household (one query per 5,000). */
    public Map<UUID, Account> accounts(Collection<UUID> householdIds) {
        return byId(householdIds, "SELECT household_id, holder_person_id, bank, account_number, holder_name,"
                        + " set_at, changed_at FROM relief.known_account"
                        + " WHERE household_id = ANY(string_to_array(?, ',')::uuid[])",
                rows -> new Account(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getString(4), rows.getString(5), instant(rows.getObject(6, OffsetDateTime.class)),
                        instant(rows.getObject(7, OffsetDateTime.class))), Account::householdId);
    }

    /** The persons with these ids, by id (one query per 5,000). */
    public Map<UUID, Person> persons(Collection<UUID> personIds) {
        return byId(personIds, "SELECT person_id, household_id, name, id_number, deceased_on FROM relief.known_person"
                + " WHERE person_id = ANY(string_to_array(?, ',')::uuid[])", RegistryFacts::person, Person::personId);
    }

    private <T> Map<UUID, T> byId(Collection<UUID> ids, String query, Sql.Row<T> row,
                                  java.util.function.Function<T, UUID> key) {
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Map<UUID, T> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += 5_000) {
            String list = String.join(",", all.subList(from, Math.min(all.size(), from + 5_000)).stream()
                    .map(UUID::toString).toList());
            sql.list(query, row, list).forEach(value -> found.put(key.apply(value), value));
        }
        return found;
    }

    /** The disaster with this id, if the registry published it. */
    public Optional<Disaster> disaster(UUID disasterId) {
        return sql.one("SELECT disaster_id, type, name, affected, ended_at FROM relief.known_disaster"
                        + " WHERE disaster_id = ?", rows -> new Disaster(rows.getObject(1, UUID.class),
                        rows.getString(2), rows.getString(3), Arrays.asList(rows.getString(4).split(",")),
                        instant(rows.getObject(5, OffsetDateTime.class))), disasterId);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
