package org.relieftrace.registry.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.ReserveAgreementSigned;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.readmodel.Sql;

/** Keeps the agreement reserves (协议储备) and their items as tables. */
@ApplicationScoped
@ProcessingGroup("reserve-agreements")
public class AgreementProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(ReserveAgreementSigned event) {
        sql.update("""
                INSERT INTO registry.reserve_agreement (agreement_id, contract_number, enterprise, valid_from,
                    valid_to, division_code)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (agreement_id) DO NOTHING""",
                event.agreementId(), event.contractNumber(), event.enterprise(), event.validFrom(), event.validTo(),
                event.divisionCode());
        for (AgreedQuantity line : event.lines()) {
            sql.update("""
                    INSERT INTO registry.reserve_agreement_line (agreement_id, item_code, quantity)
                    VALUES (?, ?, ?) ON CONFLICT (agreement_id, item_code) DO NOTHING""",
                    event.agreementId(), line.itemCode(), line.quantity());
        }
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.reserve_agreement_line, registry.reserve_agreement");
    }
}
