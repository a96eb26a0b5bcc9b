package org.relieftrace.gateway.proxy;

import java.util.ArrayList;
import java.util.List;

import org.relieftrace.gateway.upstream.Upstream;
import org.relieftrace.gateway.upstream.UpstreamInstance;
import org.relieftrace.gateway.upstream.Upstreams;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Picks the service instance a request goes to: the next in rotation ({@link Upstreams#candidates}) that the request
 * has not tried yet. When the connection to it fails, nothing of the request has been sent, so the next candidate is
 * tried at once, for every method; the failed instance leaves the rotation. With no candidate left the request fails
 * with {@link NoInstanceAvailable}.
 */
final class InstanceSelector implements OriginRequestProvider {

    private static final String TRIED = "relief.tried-instances";
    private static final String CHOSEN = "relief.instance";

    private final Upstream upstream;
    private final Upstreams upstreams;

    InstanceSelector(Upstream upstream, Upstreams upstreams) {
        this.upstream = upstream;
        this.upstreams = upstreams;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        List<UpstreamInstance> tried = tried(context);
        List<UpstreamInstance> candidates = upstreams.candidates(upstream).stream()
                .filter(instance -> !tried.contains(instance)).toList();
        return connect(context, candidates, 0);
    }

    /** The instance the request was last sent to, or {@code null} before the first. */
    static UpstreamInstance chosen(ProxyContext context) {
        return context.get(CHOSEN, UpstreamInstance.class);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, List<UpstreamInstance> candidates, int next) {
        if (next >= candidates.size()) {
            return Future.failedFuture(new NoInstanceAvailable(upstream));
        }
        UpstreamInstance instance = candidates.get(next);
        tried(context).add(instance);
        context.set(CHOSEN, instance);
        Future<HttpClientRequest> request = context.client().request(instance.origin().requestOptions());
        return ForwardingInterceptor.remember(context, request).recover(failure -> {
            instance.connectionFailed(failure);
            return connect(context, candidates, next + 1);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<UpstreamInstance> tried(ProxyContext context) {
        List<UpstreamInstance> tried = context.get(TRIED, List.class);
        if (tried == null) {
            tried = new ArrayList<>();
            context.set(TRIED, tried);
        }
        return tried;
    }

    /** No instance of the service is in rotation, or none of those not yet tried accepted a connection. */
    static final class NoInstanceAvailable extends RuntimeException {

        NoInstanceAvailable(Upstream upstream) {
            super("no instance of the " + upstream.key() + " service can be reached", null, false, false);
        }
    }
}
