package org.relieftrace.gateway.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.relieftrace.gateway.GatewayConfig;

/**
 * The console pages' {@code Content-Security-Policy}: scripts, styles and forms of this origin only. The edge sets
 * the gateway's stricter default on everything else; it keeps a policy a response already has.
 */
public class ConsolePolicy {

    private final String policy;

    ConsolePolicy(GatewayConfig config) {
        this.policy = config.gateway().consoleContentSecurityPolicy();
    }

    @ServerResponseFilter
    public void addPolicy(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/console")) {
            response.getHeaders().putSingle("Content-Security-Policy", policy);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
