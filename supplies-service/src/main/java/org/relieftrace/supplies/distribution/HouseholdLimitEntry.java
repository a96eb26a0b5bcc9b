package org.relieftrace.supplies.distribution;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

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
    public static class Key implements Serializable {

        UUID disasterId;
        String itemCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(disasterId, key.disasterId)
                    && Objects.equals(itemCode, key.itemCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(disasterId, itemCode);
        }
    }
}
