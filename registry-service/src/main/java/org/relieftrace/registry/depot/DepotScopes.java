package org.relieftrace.registry.depot;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.DepotDirectory;

/** Where a depot is, for the division scope of depot endpoints: from the registry's own depot read model. */
@ApplicationScoped
public class DepotScopes implements DepotDirectory {

    @Inject
    DepotQueries depots;

    @Override
    public Optional<DepotScope> find(UUID depotId) {
        return depots.find(depotId).map(depot -> new DepotScope(depot.code(), depot.divisionCode()));
    }
}
