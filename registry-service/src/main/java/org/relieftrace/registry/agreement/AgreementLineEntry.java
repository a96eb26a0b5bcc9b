package org.relieftrace.registry.agreement;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;
import org.relieftrace.registry.agreement.AgreementViews.AgreedLineView;

/** 协议数量 — one item of an agreement reserve ({@code registry.reserve_agreement_line}), read only. */
@Entity
@Immutable
@Table(schema = "registry", name = "reserve_agreement_line")
@IdClass(AgreementLineEntry.Key.class)
public class AgreementLineEntry extends PanacheEntityBase {

    @Id
    UUID agreementId;

    @Id
    String itemCode;

    long quantity;

    protected AgreementLineEntry() {
        // for Hibernate
    }

    AgreedLineView view() {
        return new AgreedLineView(itemCode, quantity);
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
