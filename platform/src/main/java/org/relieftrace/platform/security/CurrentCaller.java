package org.relieftrace.platform.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Caller} of the current request, read once from the validated token. */
@RequestScoped
public class CurrentCaller {

    /** Token claim with the user's 12-digit division code. */
    public static final String DIVISION_CLAIM = "division";

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
            return new Caller("anonymous", "anonymous", Set.of(), null, Map.of());
        }
        String userId = identity.getPrincipal().getName();
        String division = null;
        Map<String, Set<String>> claims = Map.of();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                userId = token.getSubject();
            }
            Object claim = token.getClaim(DIVISION_CLAIM);
            division = claim == null ? null : text(claim);
            claims = texts(token);
        }
        String username = identity.getPrincipal().getName();
        return new Caller(userId, username, Set.copyOf(identity.getRoles()), division, claims);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }

    /** Every claim of the token whose value is a text or a list of texts. */
    private static Map<String, Set<String>> texts(JsonWebToken token) {
        Map<String, Set<String>> claims = new HashMap<>();
        Set<String> names = token.getClaimNames() == null ? Set.of() : token.getClaimNames();
        for (String name : names) {
            if (name.equals(Claims.raw_token.name())) {
                continue;
            }
            Object claim = token.getClaim(name);
            if (claim instanceof JsonString || claim instanceof String || claim instanceof JsonArray
                    || claim instanceof Collection<?>) {
                claims.put(name, texts(claim));
            }
        }
        return claims;
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
