package org.relieftrace.supplies.pledge;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeLine;

/** 承诺明细 — one item of a pledge ({@code supplies.pledge_line}): pledged and received, read only. */
@Entity
@Immutable
@Table(schema = "supplies", name = "pledge_line")
@IdClass(PledgeLineEntry.Key.class)
public class PledgeLineEntry extends PanacheEntityBase {

    @Id
    UUID pledgeId;

    @Id
    String itemCode;

    long pledged;

    long received;

    protected PledgeLineEntry() {
        // for Hibernate
    }

    PledgeLine view() {
        return new PledgeLine(itemCode, pledged, received, PledgeRules.left(pledged, received));
    }

    /** The key of a line: the pledge and the item. */
    public static class Key extends CompositeKey {

        UUID pledgeId;
        String itemCode;

        @Override
        protected Object[] parts() {
            return new Object[] {pledgeId, itemCode};
        }
    }
}
