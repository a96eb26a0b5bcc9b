package org.relieftrace.gateway.upstream;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.relieftrace.gateway.GatewayConfig;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * The one pooled HTTP client the gateway uses to reach the services, on the Vert.x instance Quarkus manages.
 *
 * <p>It keeps a connection pool per service instance and never decompresses or buffers bodies: bytes pass through.
 */
@Singleton
public class UpstreamClient {

    private final HttpClient client;

    UpstreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Gateway settings = config.gateway();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(settings.maxConnectionsPerUpstream());
        this.client = vertx.createHttpClient(options, pool);
    }

    /** The shared client; requests pick their instance through {@link UpstreamOrigin#requestOptions}. */
    public HttpClient httpClient() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
