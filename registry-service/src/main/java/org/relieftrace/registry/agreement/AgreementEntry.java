package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.registry.agreement.AgreementViews.AgreedLineView;
import org.relieftrace.registry.agreement.AgreementViews.ReserveAgreementView;

/**
 * 协议储备 — one row of the agreement reserves' read model ({@code registry.reserve_agreement}) as the agreement
 * queries read it. The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "registry", name = "reserve_agreement")
public class AgreementEntry extends PanacheEntityBase {

    @Id
    UUID agreementId;

    String contractNumber;

    String enterprise;

    LocalDate validFrom;

    LocalDate validTo;

    String divisionCode;

    protected AgreementEntry() {
        // for Hibernate
    }

    ReserveAgreementView view(List<AgreedLineView> lines) {
        return new ReserveAgreementView(agreementId, contractNumber, enterprise, lines, validFrom, validTo,
                divisionCode);
    }
}
