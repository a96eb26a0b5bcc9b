package org.relieftrace.platform.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authenticated person acting: Keycloak user id and name, realm roles, the division they belong to (12-digit
 * code) and the other text claims of their token (e.g. the records a service's own scope rule names).
 */
public record Caller(String userId, String username, Set<String> roles, String division,
                     Map<String, Set<String>> claims) {

    public Caller {
        roles = Set.copyOf(roles);
        claims = Map.copyOf(claims);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The values of a token claim (one for a text claim, each element for a list); empty when absent. */
    public Set<String> claim(String name) {
        return claims.getOrDefault(name, Set.of());
    }

    /** Role names sorted and comma-joined, as written into event metadata. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
