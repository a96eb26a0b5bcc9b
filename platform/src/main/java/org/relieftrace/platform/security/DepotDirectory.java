package org.relieftrace.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a depot is, for division scope checks: each service that has depot-scoped endpoints provides one bean from
 * what it knows of the depots (its registry facts, or the registry's own read model).
 */
public interface DepotDirectory {

    /** A depot's code and the 12-digit code of its division. */
    record DepotScope(String code, String division) {
    }

    Optional<DepotScope> find(UUID depotId);
}
