package org.relieftrace.supplies.registryfacts;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory.DepotScope;

/**
 * Whether the calling user may read a depot's records — what {@code @ReadsIn(resource = "depot", …)} enforces on a
 * blocking endpoint, checked on the event loop for the endpoints that read through Hibernate Reactive: an unknown
 * depot is {@code 404}, a depot outside the caller's division {@code 403}.
 */
@ApplicationScoped
public class DepotReading {

    @Inject
    DivisionAccess access;

    /** Where the depot lies, once the caller is known to be allowed to read it. */
    @WithSession
    public Uni<DepotScope> readable(UUID depotId) {
        return KnownDepotEntry.<KnownDepotEntry>findById(depotId).map(entry -> {
            if (entry == null) {
                throw new NotFound(RegistryDepotDirectory.DEPOT, depotId);
            }
            DepotScope scope = entry.scope();
            access.requireReading(scope.division());
            return scope;
        });
    }
}
