package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 户籍表 — households, their persons and payout accounts, from the households' events. A person moving between
 * households touches two streams (removed from one, added to the other), so this processor runs in one segment:
 * events are applied in the order they were stored.
 */
@ApplicationScoped
@ProcessingGroup("households")
public class HouseholdProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(HouseholdRegistered event) {
        sql.update("""
                INSERT INTO registry.household (household_id, division_code, address, head_person_id)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (household_id) DO UPDATE SET division_code = EXCLUDED.division_code,
                    address = EXCLUDED.address, head_person_id = EXCLUDED.head_person_id""",
                event.householdId(), event.divisionCode(), event.address(), event.headPersonId());
        person(event.headPersonId(), event.headIdNumber(), event.headName(), event.headPhone(), event.headGender(),
                event.headBirthDate(), "户主", event.householdId());
    }

    @EventHandler
    void on(MemberAdded event) {
        person(event.personId(), event.idNumber(), event.name(), event.phone(), event.gender(), event.birthDate(),
                event.relation(), event.householdId());
    }

    private void person(UUID personId, String idNumber, String name, String phone, String gender,
                        LocalDate birthDate, String relation, UUID householdId) {
        sql.update("""
                INSERT INTO registry.person (person_id, id_number, name, phone, gender, birth_date, relation,
                                             household_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET id_number = EXCLUDED.id_number, name = EXCLUDED.name,
                    phone = EXCLUDED.phone, gender = EXCLUDED.gender, birth_date = EXCLUDED.birth_date,
                    relation = EXCLUDED.relation, household_id = EXCLUDED.household_id""",
                personId, idNumber, name, phone, gender, birthDate, relation, householdId);
    }

    @EventHandler
    void on(MemberRemoved event) {
        sql.update("UPDATE registry.person SET household_id = NULL WHERE person_id = ? AND household_id = ?",
                event.personId(), event.householdId());
    }

    @EventHandler
    void on(PersonDeceased event) {
        sql.update("UPDATE registry.person SET deceased_on = ? WHERE person_id = ?", event.dateOfDeath(),
                event.personId());
    }

    @EventHandler
    void on(HouseholdMoved event) {
        sql.update("UPDATE registry.household SET division_code = ?, address = ? WHERE household_id = ?",
                event.divisionCode(), event.address(), event.householdId());
    }

    @EventHandler
    void on(PayoutAccountSet event) {
        sql.update("""
                INSERT INTO registry.payout_account (household_id, holder_person_id, bank, account_number,
                                                     holder_name)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (household_id) DO UPDATE SET holder_person_id = EXCLUDED.holder_person_id,
                    bank = EXCLUDED.bank, account_number = EXCLUDED.account_number,
                    holder_name = EXCLUDED.holder_name""",
                event.householdId(), event.holderPersonId(), event.bank(), event.accountNumber(),
                event.holderName());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.household, registry.person, registry.payout_account");
    }
}
