package org.relieftrace.supplies.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.CapacityAgreementSigned;
import org.relieftrace.contracts.registry.CapacityLeadTimeDeclared;
import org.relieftrace.contracts.registry.ReserveAgreementSigned;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementEvents.AgreementCalledOff;

/**
 * 协议储备与产能储备台账 — the agreements the registry published (协议储备 with what each holds per item, 生产能力储备
 * with its daily capacity and lead time) and, per item, what has been called off each agreement reserve.
 */
@ApplicationScoped
@ProcessingGroup("agreements")
public class AgreementProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(ReserveAgreementSigned event) {
        sql.update("""
                INSERT INTO supplies.reserve_agreement (agreement_id, contract_number, enterprise, valid_from,
                    valid_to, division_code)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (agreement_id) DO NOTHING""",
                event.agreementId(), event.contractNumber(), event.enterprise(), event.validFrom(), event.validTo(),
                event.divisionCode());
        for (AgreedQuantity line : event.lines()) {
            sql.update("""
                    INSERT INTO supplies.reserve_agreement_line (agreement_id, item_code, agreed, called_off)
                    VALUES (?, ?, ?, 0) ON CONFLICT (agreement_id, item_code) DO NOTHING""",
                    event.agreementId(), line.itemCode(), line.quantity());
        }
    }

    @EventHandler
    void on(AgreementCalledOff event) {
        for (ItemQuantity line : event.lines()) {
            sql.update("UPDATE supplies.reserve_agreement_line SET called_off = called_off + ?"
                    + " WHERE agreement_id = ? AND item_code = ?", line.quantity(), event.agreementId(),
                    line.itemCode());
        }
    }

    @EventHandler
    void on(CapacityAgreementSigned event) {
        sql.update("""
                INSERT INTO supplies.capacity_agreement (agreement_id, contract_number, enterprise, item_code,
                    daily_capacity, valid_from, valid_to, division_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (agreement_id) DO NOTHING""",
                event.agreementId(), event.contractNumber(), event.enterprise(), event.itemCode(),
                event.dailyCapacity(), event.validFrom(), event.validTo(), event.divisionCode());
    }

    @EventHandler
    void on(CapacityLeadTimeDeclared event) {
        sql.update("UPDATE supplies.capacity_agreement SET lead_time_days = ? WHERE agreement_id = ?",
                event.leadTimeDays(), event.agreementId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.reserve_agreement_line, supplies.reserve_agreement,"
                + " supplies.capacity_agreement");
    }
}
