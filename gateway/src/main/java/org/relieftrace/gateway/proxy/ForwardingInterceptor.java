package org.relieftrace.gateway.proxy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;
import org.relieftrace.gateway.upstream.Upstream;
import org.relieftrace.gateway.upstream.UpstreamInstance;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway changes on a request relayed to a service, and on the way back.
 *
 * <ul>
 * <li>Sets {@code X-Forwarded-For/-Proto/-Host} from what the gateway saw (with
 * {@code quarkus.http.proxy.proxy-address-forwarding} on, that is what a trusted load balancer in front reported),
 * replacing anything a client sent, and drops a client's {@code Forwarded} header.</li>
 * <li>Keeps everything else, the bearer {@code Authorization} and the {@link RequestId} included; bodies stream.</li>
 * <li>Optionally rewrites the path (used for {@code /openapi/<service>} to {@code /q/openapi}).</li>
 * <li>Sends a request that broke off (the connection closed before an answer) once more to another instance when
 * that is safe ({@link ReplayableBody}); the instance leaves the rotation.</li>
 * <li>Answers with problem+json: {@code 503} with {@code Retry-After} when no instance can be reached, {@code 502}
 * when an instance broke off a request that may not be sent again, {@code 504} when, once the request has been sent
 * in full, the service does not start its response within the upstream timeout.</li>
 * </ul>
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    /** Hop-by-hop response headers (RFC 9110 §7.6.1) that concern the service's connection, not the client's. */
    private static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Connection",
            "Proxy-Authenticate", "TE", "Trailer", "Upgrade");

    private static final String SERVICE_REQUEST = "relief.service-request";

    private final Upstream upstream;
    private final String rewrittenPath;
    private final Duration upstreamTimeout;
    private final long retryBodyLimit;
    private final long retryAfterSeconds;

    /**
     * @param upstream          the service behind this route
     * @param rewrittenPath     path sent to the service instead of the incoming one (query kept), or {@code null}
     * @param upstreamTimeout   longest wait for the service's response once the request has been sent in full
     * @param retryBodyLimit    largest body held for a second attempt
     * @param retryAfterSeconds {@code Retry-After} of the answer when no instance can be reached
     */
    ForwardingInterceptor(Upstream upstream, String rewrittenPath, Duration upstreamTimeout, long retryBodyLimit,
            long retryAfterSeconds) {
        this.upstream = upstream;
        this.rewrittenPath = rewrittenPath;
        this.upstreamTimeout = upstreamTimeout;
        this.retryBodyLimit = retryBodyLimit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        headers.remove("Forwarded");
        headers.remove(HttpHeaders.EXPECT); // the gateway itself answers 100-continue, see ProxyRoutes
        SocketAddress peer = incoming.remoteAddress();
        setOrRemove(headers, "X-Forwarded-For", peer == null ? null : peer.hostAddress());
        setOrRemove(headers, "X-Forwarded-Proto", incoming.scheme());
        HostAndPort authority = incoming.authority();
        setOrRemove(headers, "X-Forwarded-Host", authority == null ? null : authority.toString());
        if (rewrittenPath != null) {
            String query = incoming.query();
            request.setURI(query == null ? rewrittenPath : rewrittenPath + "?" + query);
        }
        Future<ReplayableBody> replayable = ReplayableBody.applies(request, retryBodyLimit)
                ? ReplayableBody.read(request) : Future.succeededFuture(null);
        return replayable.compose(body -> attempt(context, body))
                .recover(failure -> Future.succeededFuture(problem(request, failure)));
    }

    /** Sends the request to the next instance; once more to another when it broke off and {@code body} is held. */
    private Future<ProxyResponse> attempt(ProxyContext context, ReplayableBody replayable) {
        ProxyRequest request = context.request();
        if (replayable != null) {
            request.setBody(replayable.fresh());
        }
        Body body = request.getBody();
        if (body != null) {
            request.setBody(Body.body(new EndSignallingStream(body.stream(), () -> startWaitingForAnswer(context)),
                    body.length()));
        }
        return context.sendRequest().recover(failure -> {
            UpstreamInstance instance = InstanceSelector.chosen(context);
            if (failure instanceof InstanceSelector.NoInstanceAvailable || failure instanceof TimeoutException) {
                return Future.failedFuture(failure);
            }
            instance.connectionFailed(failure);
            if (replayable == null) {
                return Future.failedFuture(failure);
            }
            LOG.infof("%s %s: %s instance %s broke off, sending again to another", request.getMethod(),
                    request.proxiedRequest().path(), upstream.key(), instance);
            // with no other instance left, the answer is about the one that broke off
            return attempt(context, replayable).recover(next -> Future.failedFuture(
                    next instanceof InstanceSelector.NoInstanceAvailable ? failure : next));
        });
    }

    /** Remembers the request to the service, so that its timeout can start once the body has been sent. */
    static Future<HttpClientRequest> remember(ProxyContext context, Future<HttpClientRequest> request) {
        return request.onSuccess(created -> context.set(SERVICE_REQUEST, created));
    }

    private void startWaitingForAnswer(ProxyContext context) {
        HttpClientRequest sent = context.get(SERVICE_REQUEST, HttpClientRequest.class);
        // A service may answer before the upload ends; a timer armed after its answer would only fire on whatever
        // request uses the pooled connection next.
        if (sent != null && !sent.response().isComplete()) {
            sent.idleTimeout(upstreamTimeout.toMillis());
        }
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        HOP_BY_HOP.forEach(headers::remove);
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        HttpServerRequest incoming = request.proxiedRequest();
        boolean timedOut = failure instanceof TimeoutException;
        boolean noInstance = failure instanceof InstanceSelector.NoInstanceAvailable;
        String requestId = incoming.getHeader(RequestId.HEADER);
        String language = incoming.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        LOG.warnf("%s %s: %s %s (request %s): %s", incoming.method(), incoming.path(), upstream.key(),
                timedOut ? "timed out" : noInstance ? "unreachable" : "broke off", requestId, failure.toString());
        var body = timedOut ? UpstreamProblem.timeout(upstream, language, requestId)
                : noInstance ? UpstreamProblem.unavailable(upstream, language, requestId)
                : UpstreamProblem.failed(upstream, language, requestId);
        ProxyResponse response = request.release()
                .response()
                .setStatusCode(body.getInteger("status"))
                .putHeader(HttpHeaders.CONTENT_TYPE, UpstreamProblem.MEDIA_TYPE)
                .setBody(Body.body(body.toBuffer()));
        if (noInstance) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return response;
    }

    private static void setOrRemove(MultiMap headers, String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.set(name, value);
        }
    }
}
