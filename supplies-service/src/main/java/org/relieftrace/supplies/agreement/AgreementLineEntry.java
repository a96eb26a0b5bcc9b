package org.relieftrace.supplies.agreement;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;
import org.relieftrace.supplies.agreement.AgreementViews.CallOffLine;

/** 协议数量与已调用 — one item of an agreement reserve ({@code supplies.reserve_agreement_line}), read only. */
@Entity
@Immutable
@Table(schema = "supplies", name = "reserve_agreement_line")
@IdClass(AgreementLineEntry.Key.class)
public class AgreementLineEntry extends PanacheEntityBase {

    @Id
    UUID agreementId;

    @Id
    String itemCode;

    long agreed;

    long calledOff;

    protected AgreementLineEntry() {
        // for Hibernate
    }

    CallOffLine view() {
        return new CallOffLine(itemCode, agreed, calledOff, AgreementRules.left(agreed, calledOff));
    }

    /** The key of a line: the agreement and the item. */
    public static class Key extends CompositeKey {

        UUID agreementId;
        String itemCode;

        @Override
        protected Object[] parts() {
            return new Object[] {agreementId, itemCode};
        }
    }
}
