package org.relieftrace.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import org.relieftrace.gateway.proxy.RequestId;

/**
 * Runs first on every request the gateway receives: settles the {@link RequestId} (so the services get it) and, just
 * before the response headers leave, echoes it and sets the security headers — on the gateway's own pages, on
 * proxied API responses and on errors alike.
 *
 * <p>{@code X-Content-Type-Options}, {@code X-Frame-Options} and {@code Referrer-Policy} always get the gateway's
 * value; a {@code Content-Security-Policy} a service chose is left alone.
 */
public class EdgeHeaders implements Handler<RoutingContext> {

    /** Route order: ahead of CORS, authentication and body handling, so that their responses carry the headers too. */
    public static final int ORDER = -1_000;

    private static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    private static final String DEV_UI_PATH = "/q/dev-ui";

    private final String contentSecurityPolicy;
    private final String swaggerUiContentSecurityPolicy;

    /**
     * @param contentSecurityPolicy          policy for the gateway's pages and for API responses without one
     * @param swaggerUiContentSecurityPolicy policy for Swagger UI
     */
    public EdgeHeaders(String contentSecurityPolicy, String swaggerUiContentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.swaggerUiContentSecurityPolicy = swaggerUiContentSecurityPolicy;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String requestId = RequestId.acceptOrIssue(ctx.request().getHeader(RequestId.HEADER));
        ctx.request().headers().set(RequestId.HEADER, requestId);
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.set(RequestId.HEADER, requestId);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            String policy = policyFor(path);
            if (policy != null && !headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy);
            }
        });
        ctx.next();
    }

    private String policyFor(String path) {
        if (path.startsWith(SWAGGER_UI_PATH)) {
            return swaggerUiContentSecurityPolicy;
        }
        if (path.startsWith(DEV_UI_PATH)) {
            return null; // dev mode only; Dev UI loads scripts a strict policy would block
        }
        return contentSecurityPolicy;
    }
}
