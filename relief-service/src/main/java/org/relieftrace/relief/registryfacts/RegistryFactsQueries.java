package org.relieftrace.relief.registryfacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Account;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Disaster;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Division;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Person;

/**
 * 户籍信息 — reads the registry's facts {@link RegistryFactsProjection} keeps: divisions, households and their members,
 * one-card accounts and disasters.
 */
@ApplicationScoped
public class RegistryFactsQueries {

    @Inject
    Sql sql;

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
                + " WHERE household_id = ? ORDER BY name", RegistryFactsQueries::person, householdId);
    }

    /** The person with this id, wherever they live. */
    public Optional<Person> person(UUID personId) {
        return sql.one("SELECT person_id, household_id, name, id_number, deceased_on FROM relief.known_person"
                + " WHERE person_id = ?", RegistryFactsQueries::person, personId);
    }

    private static Person person(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new Person(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getObject(5, LocalDate.class));
    }

    /** The household's one-card account, if one was set. */
    public Optional<Account> account(UUID householdId) {
        return sql.one("SELECT household_id, holder_person_id, bank, account_number, holder_name, set_at, changed_at,"
                        + " changed_by FROM relief.known_account WHERE household_id = ?",
                rows -> new Account(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getString(4), rows.getString(5), instant(rows.getObject(6, OffsetDateTime.class)),
                        instant(rows.getObject(7, OffsetDateTime.class)), rows.getString(8)), householdId);
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
                        + " set_at, changed_at, changed_by FROM relief.known_account"
                        + " WHERE household_id = ANY(string_to_array(?, ',')::uuid[])",
                rows -> new Account(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getString(4), rows.getString(5), instant(rows.getObject(6, OffsetDateTime.class)),
                        instant(rows.getObject(7, OffsetDateTime.class)), rows.getString(8)), Account::householdId);
    }

    /** The persons with these ids, by id (one query per 5,000). */
    public Map<UUID, Person> persons(Collection<UUID> personIds) {
        return byId(personIds, "SELECT person_id, household_id, name, id_number, deceased_on FROM relief.known_person"
                + " WHERE person_id = ANY(string_to_array(?, ',')::uuid[])", RegistryFactsQueries::person,
                Person::personId);
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
        return sql.one("SELECT disaster_id, type, name, affected, started_at, ended_at FROM relief.known_disaster"
                        + " WHERE disaster_id = ?", rows -> new Disaster(rows.getObject(1, UUID.class),
                        rows.getString(2), rows.getString(3), Arrays.asList(rows.getString(4).split(",")),
                        instant(rows.getObject(5, OffsetDateTime.class)),
                        instant(rows.getObject(6, OffsetDateTime.class))), disasterId);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
