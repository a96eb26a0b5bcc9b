package org.relieftrace.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Caller} of the current request, read once from the validated token. */
@RequestScoped
public class CurrentCaller {

    /** Token claim with the user's 12-digit division code. */
    public static final String DIVISION_CLAIM = "division";
    /** Token claim with the codes of the depots a keeper keeps. */
    public static final String DEPOTS_CLAIM = "depots";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            return new Caller("anonymous", "anonymous", Set.of(), null, Set.of());
        }
        String userId = identity.getPrincipal().getName();
        String division = null;
        Set<String> depots = Set.of();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                userId = token.getSubject();
            }
            Object claim = token.getClaim(DIVISION_CLAIM);
            division = claim == null ? null : text(claim);
            depots = texts(token.getClaim(DEPOTS_CLAIM));
        }
        String username = identity.getPrincipal().getName();
        return new Caller(userId, username, Set.copyOf(identity.getRoles()), division, depots);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }

    private static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> values.add(text(v)));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(text(v)));
        } else if (claim != null) {
            values.add(text(claim));
        }
        return Set.copyOf(values);
    }
}
