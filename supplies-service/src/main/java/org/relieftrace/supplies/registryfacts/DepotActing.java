package org.relieftrace.supplies.registryfacts;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * Whether the calling user may act at a depot now — what a depot's command endpoints ({@code @ActsIn(resource = "depot", …)})
 * enforce, asked without refusing, so that a view's {@code actions} agree with what its commands accept.
 */
@ApplicationScoped
public class DepotActing {

    @Inject
    RegistryDepotDirectory depots;

    @Inject
    DivisionAccess access;

    /** True when the caller may change things at the depot: inside their division, kept by a keeper, no auditor. */
    public boolean mayAct(UUID depotId) {
        Optional<RegistryDepotDirectory.DepotScope> depot = depots.find(depotId);
        return depot.isPresent() && mayAct(depot.get());
    }

    /** The same answer for a depot already found where {@code depot} says; looks nothing up. */
    public boolean mayAct(RegistryDepotDirectory.DepotScope depot) {
        try {
            access.requireActingOn(depot);
            return true;
        } catch (AccessDenied refused) {
            return false;
        }
    }
}
