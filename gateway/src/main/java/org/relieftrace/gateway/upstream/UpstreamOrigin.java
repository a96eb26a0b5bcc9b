package org.relieftrace.gateway.upstream;

import java.net.URI;

import io.vertx.core.http.RequestOptions;

/**
 * Where a service listens: host, port and whether it speaks TLS, parsed from a configured origin URL.
 *
 * @param host host name or address of the service
 * @param port TCP port of the service
 * @param tls  {@code true} for an {@code https} origin
 */
public record UpstreamOrigin(String host, int port, boolean tls) {

    /**
     * Parses {@code http://host[:port]} or {@code https://host[:port]}. A path, query or fragment is rejected: the
     * gateway relays request paths unchanged and has no prefix to add.
     */
    public static UpstreamOrigin of(Upstream upstream, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        boolean tls = scheme.equals("https");
        if (!tls && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("relief." + upstream.key() + "-url must be http(s)://host[:port], got "
                    + url);
        }
        String path = url.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException("relief." + upstream.key()
                    + "-url must be an origin without path, query or fragment, got " + url);
        }
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        return new UpstreamOrigin(url.getHost(), port, tls);
    }

    /** The origin as configured: {@code http(s)://host:port}. */
    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + host + ":" + port;
    }

    /** The origin as a URI, against which a request path resolves. */
    public URI uri() {
        return URI.create(toString());
    }

    /** Options for one request to this origin; a fresh instance per request, since Vert.x may keep a reference. */
    public RequestOptions requestOptions() {
        return new RequestOptions().setHost(host).setPort(port).setSsl(tls);
    }
}
