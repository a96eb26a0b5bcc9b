package org.relieftrace.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Division scope checks for resources: a user acts only inside their own division and below it; a depot keeper acts
 * only on the depots named in their token; an auditor reads but never acts.
 */
@ApplicationScoped
public class DivisionAccess {

    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final String DEPOT_KEEPER = "depot-keeper";

    @Inject
    CurrentCaller caller;

    /** The caller may act on a record of {@code division}. */
    public void requireActingIn(String division) {
        Caller who = caller.get();
        if (!who.hasRole(ADMIN) && !Divisions.contains(who.division(), division)) {
            throw new AccessDenied("division " + division + " is outside " + who.division());
        }
    }

    /** The caller may read records of {@code division}. */
    public void requireReading(String division) {
        requireActingIn(division);
    }

    /**
     * The caller may move stock of a depot: inside their division and, for a keeper without another role that
     * allows it, a depot they keep.
     */
    public void requireDepot(String depotCode, String depotDivision) {
        requireActingIn(depotDivision);
        Caller who = caller.get();
        boolean keeperOnly = who.hasRole(DEPOT_KEEPER) && who.roles().stream()
                .noneMatch(r -> r.equals(ADMIN) || r.equals("supplies-officer"));
        if (keeperOnly && !who.depots().contains(depotCode)) {
            throw new AccessDenied("depot " + depotCode + " is not kept by " + who.username());
        }
    }
}
