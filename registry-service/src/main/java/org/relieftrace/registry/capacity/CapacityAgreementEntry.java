package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
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
    @Column(name = "agreement_id")
    UUID agreementId;

    @Column(name = "contract_number")
    String contractNumber;

    @Column(name = "enterprise")
    String enterprise;

    @Column(name = "item_code")
    String itemCode;

    @Column(name = "daily_capacity")
    long dailyCapacity;

    @Column(name = "lead_time_days")
    int leadTimeDays;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "division_code")
    String divisionCode;

    protected CapacityAgreementEntry() {
        // for Hibernate
    }

    CapacityAgreementView view() {
        return new CapacityAgreementView(agreementId, contractNumber, enterprise, itemCode, dailyCapacity,
                leadTimeDays, validFrom, validTo, divisionCode);
    }
}
