package org.relieftrace.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens whose signature and claims the OIDC check has already accepted, with the identity it made of each,
 * until the token's own expiry ({@code exp}). A client sends the same token with every request until it expires: the
 * first request pays for the check (JSON parsing and an RSA signature), the next ones look it up. An entry never
 * outlives its token, the cache never holds more than {@code capacity} entries (the expired ones go first, then all),
 * and a token is only ever found by its whole text, so nothing a client sends can reach another's identity.
 */
public final class VerifiedTokens {

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier nowMillis;

    public VerifiedTokens(int capacity, LongSupplier nowMillis) {
        this.capacity = capacity;
        this.nowMillis = nowMillis;
    }

    /** The identity made of {@code token} by the OIDC check, while the token has not expired. */
    public Optional<SecurityIdentity> find(String token) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (verified.expiresAtMillis() <= nowMillis.getAsLong()) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /** Keeps the identity the OIDC check made of {@code token}, which expires at {@code expiresAtMillis}. */
    public void keep(String token, SecurityIdentity identity, long expiresAtMillis) {
        long now = nowMillis.getAsLong();
        if (expiresAtMillis <= now || capacity <= 0) {
            return;
        }
        if (byToken.size() >= capacity) {
            byToken.values().removeIf(verified -> verified.expiresAtMillis() <= now);
            if (byToken.size() >= capacity) {
                byToken.clear();
            }
        }
        byToken.put(token, new Verified(identity, expiresAtMillis));
    }

    /** How many tokens are kept now. */
    public int size() {
        return byToken.size();
    }
}
