package org.relieftrace.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.relieftrace.gateway.GatewayConfig;
import org.relieftrace.gateway.upstream.Upstream;
import org.relieftrace.gateway.upstream.UpstreamClient;
import org.relieftrace.gateway.upstream.UpstreamHealth;
import org.relieftrace.gateway.upstream.Upstreams;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * 路由 — the gateway's routing table: {@code /api/<service>/*} to the service with the path unchanged, and
 * {@code /openapi/<service>} to the service's {@code /q/openapi} for the aggregated Swagger UI. Each request goes to
 * one of the service's instances in rotation ({@link InstanceSelector}).
 *
 * <p>The routes sit after CORS and the security filters and before the default routes (static resources, REST), and
 * no body handler reads ahead of them, so request and response bodies stream through without being held in memory.
 */
@Singleton
public class ProxyRoutes {

    /** Route order of the proxy routes. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    private static final String SERVICE_OPENAPI_PATH = "/q/openapi";

    private final GatewayConfig config;
    private final UpstreamClient client;
    private final Upstreams upstreams;
    private final UpstreamHealth health;
    private final boolean serverAnswersContinue;

    ProxyRoutes(GatewayConfig config, UpstreamClient client, Upstreams upstreams, UpstreamHealth health,
            @ConfigProperty(name = "quarkus.http.handle-100-continue-automatically", defaultValue = "false")
            boolean serverAnswersContinue) {
        this.config = config;
        this.client = client;
        this.upstreams = upstreams;
        this.health = health;
        this.serverAnswersContinue = serverAnswersContinue;
    }

    void register(@Observes Router router) {
        for (Upstream upstream : Upstream.values()) {
            InstanceSelector selector = new InstanceSelector(upstream, upstreams);
            HttpProxy api = proxy(selector, interceptor(upstream, null));
            HttpProxy openApi = proxy(selector, interceptor(upstream, SERVICE_OPENAPI_PATH));
            router.route(upstream.basePath() + "/*").order(ORDER).handler(ctx -> relay(ctx, api));
            router.route(HttpMethod.GET, upstream.openApiPath()).order(ORDER).handler(ctx -> relay(ctx, openApi));
            LOG.infof("%s/* -> %s", upstream.basePath(), upstreams.all(upstream));
        }
    }

    private ForwardingInterceptor interceptor(Upstream upstream, String rewrittenPath) {
        GatewayConfig.Gateway settings = config.gateway();
        return new ForwardingInterceptor(upstream, rewrittenPath, settings.upstreamTimeout(),
                settings.retryBodyLimit(), health.retryAfterSeconds());
    }

    private HttpProxy proxy(InstanceSelector selector, ForwardingInterceptor interceptor) {
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client.httpClient())
                .origin(selector)
                .addInterceptor(interceptor);
    }

    private void relay(RoutingContext ctx, HttpProxy proxy) {
        if (!serverAnswersContinue && expectsContinue(ctx)) {
            // The body is streamed on as it comes, so the client may send it right away.
            ctx.response().writeContinue();
        }
        proxy.handle(ctx.request());
    }

    private static boolean expectsContinue(RoutingContext ctx) {
        return ctx.request().version() == HttpVersion.HTTP_1_1
                && "100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.EXPECT));
    }
}
