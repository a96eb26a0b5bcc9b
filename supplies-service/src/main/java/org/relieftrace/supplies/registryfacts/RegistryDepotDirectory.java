package org.relieftrace.supplies.registryfacts;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.ResourceScopes;

/**
 * Where a depot is, for the division scope of depot endpoints ({@code @ActsIn(resource = "depot", ...)}): from the
 * depots the registry has published. Supplies' own rule: a 仓管员 (depot keeper) without another acting role moves
 * stock only of the depots their token names.
 */
@ApplicationScoped
public class RegistryDepotDirectory implements ResourceScopes {

    /** The kind of record depot endpoints are scoped by. */
    public static final String DEPOT = "depot";
    /** Token claim with the codes of the depots a keeper keeps. */
    public static final String DEPOTS_CLAIM = "depots";
    /** 仓管员 — keeps the depots their token names. */
    public static final String DEPOT_KEEPER = "depot-keeper";
    /** 物资调度 — moves goods across the depots of their division. */
    public static final String SUPPLIES_OFFICER = "supplies-officer";
    private static final Set<String> ACTING_BEYOND_KEPT_DEPOTS = Set.of("admin", SUPPLIES_OFFICER);

    @Inject
    RegistryFacts registry;

    @Override
    public String kind() {
        return DEPOT;
    }

    @Override
    public Optional<DepotScope> find(UUID depotId) {
        return registry.depot(depotId).map(depot -> new DepotScope(depot.code(), depot.division()));
    }

    /** A depot's code and the 12-digit code of its division. */
    public record DepotScope(String code, String division) implements Scope {

        @Override
        public Optional<String> refusal(Caller caller) {
            boolean keeperOnly = caller.hasRole(DEPOT_KEEPER)
                    && caller.roles().stream().noneMatch(ACTING_BEYOND_KEPT_DEPOTS::contains);
            if (keeperOnly && !caller.claim(DEPOTS_CLAIM).contains(code)) {
                return Optional.of("depot " + code + " is not kept by " + caller.username());
            }
            return Optional.empty();
        }
    }
}
