package org.relieftrace.gateway.login;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.relieftrace.gateway.edge.WriteRateLimit;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 令牌转发 — a browser logged in at the console calls {@code /api/**} with its session cookie only; the gateway then
 * adds {@code Authorization: Bearer <the session's access token>} to the request it relays, so that the services
 * see the same bearer token as from any other client. A request that already carries an {@code Authorization}
 * header, or no session cookie, is relayed untouched; an invalid or expired session adds nothing (the service then
 * answers {@code 401}).
 */
@Singleton
public class SessionTokenRelay {

    /** Before the rate limit (which keys on the token's subject) and the proxy routes. */
    public static final int ORDER = WriteRateLimit.ORDER - 10;
    /** Name (prefix, when chunked) of the OIDC session cookie of the default tenant. */
    static final String SESSION_COOKIE = "q_session";

    private static final Logger LOG = Logger.getLogger(SessionTokenRelay.class);

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || !hasSession(ctx)) {
            ctx.next();
            return;
        }
        ctx.request().pause();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            String token = accessToken(identity);
            if (token != null) {
                ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            ctx.next();
        }, failure -> {
            LOG.debugf("no token from the session of %s: %s", ctx.request().path(), failure.toString());
            ctx.next();
        });
    }

    private static boolean hasSession(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }

    private static String accessToken(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
