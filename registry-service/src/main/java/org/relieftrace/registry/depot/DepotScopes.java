package org.relieftrace.registry.depot;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.ResourceScopes;

/** Where a depot is, for the division scope of depot endpoints: from the registry's own depot read model. */
@ApplicationScoped
public class DepotScopes implements ResourceScopes {

    /** The kind of record depot endpoints are scoped by. */
    public static final String DEPOT = "depot";

    /** A depot's division: the registry adds no rule of its own for acting on a depot. */
    record DepotScope(String division) implements Scope {
    }

    @Inject
    DepotQueries depots;

    @Override
    public String kind() {
        return DEPOT;
    }

    @Override
    public Optional<DepotScope> find(UUID depotId) {
        return depots.find(depotId).map(depot -> new DepotScope(depot.divisionCode()));
    }
}
