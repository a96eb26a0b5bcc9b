package org.relieftrace.registry.depot;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import org.relieftrace.platform.security.DepotDirectory;
import org.relieftrace.registry.depot.DepotViews.DepotView;

/** Where a depot is, for the division scope of depot endpoints: from the registry's own depot read model. */
@ApplicationScoped
public class DepotScopes implements DepotDirectory {

    @Inject
    QueryGateway queries;

    @Override
    public Optional<DepotScope> find(UUID depotId) {
        return queries.query(new FindDepot(depotId), ResponseTypes.optionalInstanceOf(DepotView.class)).join()
                .map(depot -> new DepotScope(depot.code(), depot.divisionCode()));
    }
}
