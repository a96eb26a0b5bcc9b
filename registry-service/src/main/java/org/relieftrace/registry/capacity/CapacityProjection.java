package org.relieftrace.registry.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.CapacityAgreementSigned;
import org.relieftrace.contracts.registry.CapacityLeadTimeDeclared;
import org.relieftrace.platform.readmodel.Sql;

/** Keeps the production-capacity agreements as a table. */
@ApplicationScoped
@ProcessingGroup("capacity")
public class CapacityProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(CapacityAgreementSigned event) {
        sql.update("""
                INSERT INTO registry.capacity_agreement (agreement_id, contract_number, enterprise, item_code,
                    daily_capacity, valid_from, valid_to, division_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (agreement_id) DO NOTHING""",
                event.agreementId(), event.contractNumber(), event.enterprise(), event.itemCode(),
                event.dailyCapacity(), event.validFrom(), event.validTo(), event.divisionCode());
    }

    @EventHandler
    void on(CapacityLeadTimeDeclared event) {
        sql.update("UPDATE registry.capacity_agreement SET lead_time_days = ? WHERE agreement_id = ?",
                event.leadTimeDays(), event.agreementId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.capacity_agreement");
    }
}
