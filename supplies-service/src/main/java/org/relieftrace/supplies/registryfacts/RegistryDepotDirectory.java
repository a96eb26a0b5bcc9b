package org.relieftrace.supplies.registryfacts;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.DepotDirectory;

/** Where a depot is, for the division scope of depot endpoints: from the depots the registry has published. */
@ApplicationScoped
public class RegistryDepotDirectory implements DepotDirectory {

    @Inject
    RegistryFacts registry;

    @Override
    public Optional<DepotScope> find(UUID depotId) {
        return registry.depot(depotId).map(depot -> new DepotScope(depot.code(), depot.division()));
    }
}
