package org.relieftrace.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;

/**
 * Division scope checks: a user acts only inside their own division and below it; an auditor reads everything inside
 * their division and never acts; an admin acts and reads everywhere. A record scoped by a {@link ResourceScopes} bean
 * lies in a division and may add its kind's own rule for acting on it. Endpoints declare their scope with
 * {@link ActsIn} / {@link ReadsIn}, which call these checks; call them directly only where the scope is not a plain
 * argument.
 */
@ApplicationScoped
public class DivisionAccess {

    private static final Logger LOG = Logger.getLogger(DivisionAccess.class);

    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    @Inject
    CurrentCaller caller;

    @Inject
    Instance<ResourceScopes> scopes;

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
     * The caller may act on the record {@code id} of {@code kind}: inside its division, and allowed by the kind's own
     * rule; an unknown record is {@code 404}.
     */
    public void requireActingOn(String kind, Object id) {
        requireActingOn(scope(kind, id));
    }

    /** The caller may act on a record that lies where {@code scope} says. */
    public void requireActingOn(ResourceScopes.Scope scope) {
        requireActingIn(scope.division());
        Caller who = caller.get();
        if (!who.hasRole(ADMIN)) {
            scope.refusal(who).ifPresent(why -> {
                throw denied(why);
            });
        }
    }

    /** The caller may read the record {@code id} of {@code kind}; an unknown record is {@code 404}. */
    public void requireReadingOf(String kind, Object id) {
        requireReading(scope(kind, id).division());
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
        if (!DivisionCode.isValid(requested)) {
            throw new InvalidInput("division", "must be 12 digits");
        }
        requireReading(requested);
        return requested;
    }

    /** Where the record {@code id} of {@code kind} lies, from the service's {@link ResourceScopes} of that kind. */
    ResourceScopes.Scope scope(String kind, Object id) {
        if (id == null) {
            throw new AccessDenied("no " + kind + " named");
        }
        UUID uuid;
        try {
            uuid = id instanceof UUID given ? given : UUID.fromString(id.toString());
        } catch (IllegalArgumentException e) {
            throw new NotFound(kind, id);
        }
        return scopesOf(kind).find(uuid).orElseThrow(() -> new NotFound(kind, uuid));
    }

    /** The service's {@link ResourceScopes} bean for {@code kind}. */
    ResourceScopes scopesOf(String kind) {
        for (ResourceScopes candidate : scopes) {
            if (candidate.kind().equals(kind)) {
                return candidate;
            }
        }
        throw new IllegalStateException("an endpoint scoped by " + kind + " needs a ResourceScopes bean of that kind");
    }

    private static AccessDenied denied(String why) {
        LOG.debugf("refused: %s", why);
        return new AccessDenied(why);
    }

    private void requireInside(String division) {
        Caller who = caller.get();
        if (!who.hasRole(ADMIN) && !DivisionCode.contains(who.division(), division)) {
            throw denied("division " + division + " is outside " + who.division());
        }
    }
}
