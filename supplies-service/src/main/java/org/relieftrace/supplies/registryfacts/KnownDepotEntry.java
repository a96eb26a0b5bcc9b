package org.relieftrace.supplies.registryfacts;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory.DepotScope;

/**
 * 仓库 — a depot the registry has published ({@code supplies.known_depot}) as the reactive read endpoints read it,
 * for where the depot lies. {@link RegistryFacts} writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "known_depot")
public class KnownDepotEntry extends PanacheEntityBase {

    @Id
    UUID depotId;

    String code;

    String divisionCode;

    protected KnownDepotEntry() {
        // for Hibernate
    }

    DepotScope scope() {
        return new DepotScope(code, divisionCode);
    }
}
