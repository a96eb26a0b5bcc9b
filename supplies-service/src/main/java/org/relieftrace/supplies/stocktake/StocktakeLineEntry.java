package org.relieftrace.supplies.stocktake;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;
import org.relieftrace.supplies.stocktake.StocktakeViews.LineView;

/** 盘点明细 — one lot of a count session ({@code supplies.stocktake_line}): book, counted and why, read only. */
@Entity
@Immutable
@Table(schema = "supplies", name = "stocktake_line")
@IdClass(StocktakeLineEntry.Key.class)
public class StocktakeLineEntry extends PanacheEntityBase {

    @Id
    UUID stocktakeId;

    @Id
    UUID lotId;

    String itemCode;

    long book;

    long counted;

    String reason;

    protected StocktakeLineEntry() {
        // for Hibernate
    }

    LineView view() {
        return new LineView(lotId, itemCode, book, counted, counted - book, reason);
    }

    /** The key of a line: the session and the lot. */
    public static class Key extends CompositeKey {

        UUID stocktakeId;
        UUID lotId;

        @Override
        protected Object[] parts() {
            return new Object[] {stocktakeId, lotId};
        }
    }
}
