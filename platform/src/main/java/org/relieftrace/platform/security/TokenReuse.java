package org.relieftrace.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reuses the OIDC check of a bearer token for the token's lifetime ({@link VerifiedTokens}): {@link Known} answers a
 * token it has seen before the OIDC provider is asked, {@link Keep} keeps what the OIDC provider made of a new one.
 * Capacity {@code relief.security.verified-tokens} (default 10,000 tokens; 0 checks every request in full).
 */
@Singleton
public class TokenReuse {

    /** Marks an identity answered from the cache, so it is not kept a second time. */
    static final String REUSED = "relief.verified-token-reused";

    private final VerifiedTokens tokens;

    @Inject
    TokenReuse(@ConfigProperty(name = "relief.security.verified-tokens", defaultValue = "10000") int capacity) {
        this.tokens = new VerifiedTokens(capacity, System::currentTimeMillis);
    }

    Optional<SecurityIdentity> find(String token) {
        return tokens.find(token);
    }

    void keep(String token, SecurityIdentity identity, long expiresAtMillis) {
        tokens.keep(token, identity, expiresAtMillis);
    }

    /** Answers a token verified before, ahead of the OIDC provider; any other token goes on to it. */
    @ApplicationScoped
    public static class Known implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        TokenReuse reuse;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return 1000;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return reuse.find(request.getToken().getToken())
                    .map(known -> Uni.createFrom().item(forThisRequest(known, request)))
                    .orElseGet(() -> Uni.createFrom().nullItem());
        }

        /** The kept identity, carrying this request's routing context rather than the first request's. */
        private static SecurityIdentity forThisRequest(SecurityIdentity known, TokenAuthenticationRequest request) {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known).addAttribute(REUSED, true);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing != null) {
                identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routing);
            }
            return identity.build();
        }
    }

    /** Keeps the identity the OIDC provider made of a bearer token, after every other augmentor has run. */
    @ApplicationScoped
    public static class Keep implements SecurityIdentityAugmentor {

        @Inject
        TokenReuse reuse;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && identity.getAttribute(REUSED) == null
                    && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
                reuse.keep(credential.getToken(), identity, token.getExpirationTime() * 1000);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
