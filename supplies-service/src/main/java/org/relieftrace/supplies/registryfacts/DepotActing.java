package org.relieftrace.supplies.registryfacts;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.DepotDirectory;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * Whether the calling user may act at a depot now — what a depot's command endpoints ({@code @ActsIn(depot = …)})
 * enforce, asked without refusing, so that a view's {@code actions} agree with what its commands accept.
 */
@ApplicationScoped
public class DepotActing {

    @Inject
    DepotDirectory depots;

    @Inject
    DivisionAccess access;

    /** True when the caller may change things at the depot: inside their division, kept by a keeper, no auditor. */
    public boolean mayAct(UUID depotId) {
        Optional<DepotDirectory.DepotScope> depot = depots.find(depotId);
        if (depot.isEmpty()) {
            return false;
        }
        try {
            access.requireDepot(depot.get().code(), depot.get().division());
            return true;
        } catch (AccessDenied refused) {
            return false;
        }
    }
}
