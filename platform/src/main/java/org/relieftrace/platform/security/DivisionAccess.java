package org.relieftrace.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.relieftrace.platform.domain.InvalidInput;

/**
 * Division scope checks: a user acts only inside their own division and below it; a depot keeper acts only on the
 * depots named in their token; an auditor reads everything inside their division and never acts; an admin acts and
 * reads everywhere. Endpoints declare their scope with {@link ActsIn} / {@link ReadsIn}, which call these checks;
 * call them directly only where the scope is not a plain argument.
 */
@ApplicationScoped
public class DivisionAccess {

    private static final Logger LOG = Logger.getLogger(DivisionAccess.class);

    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final String DEPOT_KEEPER = "depot-keeper";
    public static final String SUPPLIES_OFFICER = "supplies-officer";

    @Inject
    CurrentCaller caller;

    /** The caller may change something at all: auditors never do. */
    public void requireActing() {
        Caller who = caller.get();
        if (who.hasRole(AUDITOR)) {
            throw denied(who.username() + " is an auditor and changes nothing");
        }
    }

    /** The caller may act on a record of {@code division}: not an auditor, and inside their division. */
    public void requireActingIn(String division) {
        requireActing();
        requireInside(division);
    }

    /** The caller may read records of {@code division}. */
    public void requireReading(String division) {
        requireInside(division);
    }

    /**
     * The division a list query covers: the one asked for (which the caller must be able to read), else the
     * caller's own; {@code null} — everything — only for an admin who belongs to no division.
     */
    public String readingScope(String requested) {
        if (requested == null || requested.isBlank()) {
            Caller who = caller.get();
            if (who.division() == null && !who.hasRole(ADMIN)) {
                throw new AccessDenied(who.username() + " belongs to no division");
            }
            if (who.division() != null) {
                requireReading(who.division());
            }
            return who.division();
        }
        if (!Divisions.isCode(requested)) {
            throw new InvalidInput("division", "must be 12 digits");
        }
        requireReading(requested);
        return requested;
    }

    /**
     * The caller may move stock of a depot: may act inside the depot's division and, for a keeper without another
     * role that allows it, keeps the depot.
     */
    public void requireDepot(String depotCode, String depotDivision) {
        requireActingIn(depotDivision);
        Caller who = caller.get();
        boolean keeperOnly = who.hasRole(DEPOT_KEEPER) && who.roles().stream()
                .noneMatch(r -> r.equals(ADMIN) || r.equals(SUPPLIES_OFFICER));
        if (keeperOnly && !who.depots().contains(depotCode)) {
            throw denied("depot " + depotCode + " is not kept by " + who.username());
        }
    }

    private static AccessDenied denied(String why) {
        LOG.debugf("refused: %s", why);
        return new AccessDenied(why);
    }

    private void requireInside(String division) {
        Caller who = caller.get();
        if (!who.hasRole(ADMIN) && !Divisions.contains(who.division(), division)) {
            throw denied("division " + division + " is outside " + who.division());
        }
    }
}
