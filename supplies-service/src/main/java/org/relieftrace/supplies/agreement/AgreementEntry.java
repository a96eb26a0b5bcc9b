package org.relieftrace.supplies.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.supplies.agreement.AgreementViews.AgreementStanding;
import org.relieftrace.supplies.agreement.AgreementViews.CallOffLine;

/**
 * 协议储备 — one agreement reserve as the supplies-service keeps it ({@code supplies.reserve_agreement}), for the
 * call-off queries. The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "reserve_agreement")
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

    AgreementStanding view(List<CallOffLine> lines, LocalDate today) {
        return new AgreementStanding(agreementId, contractNumber, enterprise, validFrom, validTo, divisionCode,
                !today.isBefore(validFrom) && !today.isAfter(validTo), lines);
    }
}
