package org.relieftrace.platform.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.relieftrace.platform.request.RequestHeaders;

/**
 * Puts the request id into the log context ({@code %X{correlationId}}) and echoes it in the {@code X-Request-Id}
 * response header, so a user's report, the logs and the events of one request can be matched.
 */
public class CorrelationFilter {

    @Inject
    RequestHeaders headers;

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        MDC.put("correlationId", headers.correlationId());
    }

    @ServerResponseFilter
    public void onResponse(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestHeaders.REQUEST_ID, headers.correlationId());
        MDC.remove("correlationId");
    }
}
