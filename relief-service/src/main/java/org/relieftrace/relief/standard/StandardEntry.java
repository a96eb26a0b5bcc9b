package org.relieftrace.relief.standard;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.readmodel.CompositeKey;
import org.relieftrace.relief.standard.StandardViews.StandardView;

/**
 * 救助标准 — one version of a county's standard for a category as the standards' read model ({@code relief.standard})
 * holds it, for the standard queries. {@link StandardProjection} writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "relief", name = "standard")
@IdClass(StandardEntry.Key.class)
public class StandardEntry extends PanacheEntityBase {

    @Id
    String countyCode;

    @Id
    String category;

    @Id
    LocalDate effectiveFrom;

    long perPersonMonthlyFen;

    long perDeceasedFen;

    long collapsedFen;

    long severelyDamagedFen;

    long generallyDamagedFen;

    long perPersonFen;

    long householdCapFen;

    int housingInstalments;

    String documentNumber;

    protected StandardEntry() {
        // for Hibernate
    }

    StandardView view() {
        return new StandardView(countyCode, ReliefCategory.valueOf(category), effectiveFrom, new StandardAmounts(
                perPersonMonthlyFen, perDeceasedFen, collapsedFen, severelyDamagedFen, generallyDamagedFen,
                perPersonFen, householdCapFen, housingInstalments), documentNumber);
    }

    /** The key of a version: the county, the category and the day it takes effect. */
    public static class Key extends CompositeKey {

        String countyCode;
        String category;
        LocalDate effectiveFrom;

        @Override
        protected Object[] parts() {
            return new Object[] {countyCode, category, effectiveFrom};
        }
    }
}
