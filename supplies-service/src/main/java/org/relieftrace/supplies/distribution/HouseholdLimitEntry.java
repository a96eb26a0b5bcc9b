package org.relieftrace.supplies.distribution;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;

/**
 * 户均限额 — one limit set for a disaster and an item, as the household limits' read model
 * ({@code supplies.household_limit}) holds it, for the limit queries. The projection writes the table; this mapping
 * only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "household_limit")
@IdClass(HouseholdLimitEntry.Key.class)
public class HouseholdLimitEntry extends PanacheEntityBase {

    @Id
    UUID disasterId;

    @Id
    String itemCode;

    long quantity;

    String setBy;

    Instant setAt;

    String reason;

    protected HouseholdLimitEntry() {
        // for Hibernate
    }

    /** The key of a limit: the disaster and the item. */
    public static class Key extends CompositeKey {

        UUID disasterId;
        String itemCode;

        @Override
        protected Object[] parts() {
            return new Object[] {disasterId, itemCode};
        }
    }
}
