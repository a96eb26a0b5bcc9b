package org.relieftrace.platform.security;

import java.util.Set;

/**
 * The authenticated person acting: Keycloak user id and name, realm roles, the division they belong to (12-digit
 * code) and, for depot keepers, the depots they keep.
 */
public record Caller(String userId, String username, Set<String> roles, String division, Set<String> depots) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Role names sorted and comma-joined, as written into event metadata. */
    public String rolesText() {
        return String.join(",", new java.util.TreeSet<>(roles));
    }
}
