package org.relieftrace.registry.division;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.registry.division.DivisionViews.DivisionView;

/**
 * 行政区划 — one row of the division read model ({@code registry.division}) as the division queries read it. The
 * {@link DivisionProjection} writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "registry", name = "division")
public class DivisionEntry extends PanacheEntityBase {

    @Id
    String code;

    String name;

    String level;

    String parentCode;

    protected DivisionEntry() {
        // for Hibernate
    }

    DivisionView view() {
        return new DivisionView(code, name, level, parentCode);
    }
}
