package org.relieftrace.gateway.edge;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.relieftrace.gateway.GatewayConfig;

import io.vertx.ext.web.Router;

/**
 * Installs {@link EdgeHeaders} in front of every route of the gateway.
 */
@Singleton
public class EdgeRoutes {

    private final GatewayConfig config;

    EdgeRoutes(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        GatewayConfig.Gateway settings = config.gateway();
        router.route().order(EdgeHeaders.ORDER).handler(
                new EdgeHeaders(settings.contentSecurityPolicy(), settings.swaggerUiContentSecurityPolicy()));
    }
}
