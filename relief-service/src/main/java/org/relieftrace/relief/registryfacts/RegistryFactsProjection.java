package org.relieftrace.relief.registryfacts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

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
public class RegistryFactsProjection {

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

    /** Who set the account is the event's user ({@code userId} metadata): kept with a change, for its second check. */
    @EventHandler
    void on(PayoutAccountSet event, @Timestamp Instant at, @MetaDataValue("userId") String by) {
        sql.updateLater("""
                INSERT INTO relief.known_account (household_id, holder_person_id, bank, account_number, holder_name,
                                                  set_at, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                ON CONFLICT (household_id) DO UPDATE SET holder_person_id = EXCLUDED.holder_person_id,
                    bank = EXCLUDED.bank, account_number = EXCLUDED.account_number,
                    holder_name = EXCLUDED.holder_name, set_at = EXCLUDED.set_at,
                    changed_at = CASE WHEN (known_account.holder_person_id, known_account.bank,
                            known_account.account_number) = (EXCLUDED.holder_person_id, EXCLUDED.bank,
                            EXCLUDED.account_number) THEN known_account.changed_at ELSE EXCLUDED.set_at END,
                    changed_by = CASE WHEN (known_account.holder_person_id, known_account.bank,
                            known_account.account_number) = (EXCLUDED.holder_person_id, EXCLUDED.bank,
                            EXCLUDED.account_number) THEN known_account.changed_by ELSE EXCLUDED.changed_by END""",
                event.householdId(), event.holderPersonId(), event.bank(), event.accountNumber(), event.holderName(),
                at.atOffset(ZoneOffset.UTC), by);
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
}
