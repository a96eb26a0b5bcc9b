package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.registry.capacity.CapacityViews.CapacityAgreementView;

/**
 * 产能储备协议 — one row of the capacity agreements' read model ({@code registry.capacity_agreement}) as the capacity
 * queries read it. The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "registry", name = "capacity_agreement")
public class CapacityAgreementEntry extends PanacheEntityBase {

    @Id
    UUID agreementId;

    String contractNumber;

    String enterprise;

    String itemCode;

    long dailyCapacity;

    int leadTimeDays;

    LocalDate validFrom;

    LocalDate validTo;

    String divisionCode;

    protected CapacityAgreementEntry() {
        // for Hibernate
    }

    CapacityAgreementView view() {
        return new CapacityAgreementView(agreementId, contractNumber, enterprise, itemCode, dailyCapacity,
                leadTimeDays, validFrom, validTo, divisionCode);
    }
}
