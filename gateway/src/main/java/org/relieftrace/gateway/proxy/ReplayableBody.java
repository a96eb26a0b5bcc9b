package org.relieftrace.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;

/**
 * A request body held in memory so that the request can be sent again to another instance after the first broke off.
 *
 * <p>Only a request that is safe to send twice is held: a {@code GET} or {@code HEAD}, or a command that carries an
 * {@code Idempotency-Key} (the service answers a repeat with its first answer and changes nothing more) — and only
 * when its body is no larger than the limit and its length is known. Anything else streams through and is never sent
 * twice once it may have reached a service.
 */
final class ReplayableBody {

    private final Buffer bytes;
    private final long length;

    private ReplayableBody(Buffer bytes, long length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** {@code true} when the request may be sent again and its body fits into {@code limit} bytes. */
    static boolean applies(ProxyRequest request, long limit) {
        HttpMethod method = request.getMethod();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD
                || request.headers().contains("Idempotency-Key");
        Body body = request.getBody();
        long length = body == null ? 0 : body.length();
        boolean noBody = length == -1 && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        return safe && (noBody || length >= 0 && length <= limit);
    }

    /** Reads the request's body to its end. */
    static Future<ReplayableBody> read(ProxyRequest request) {
        Body body = request.getBody();
        if (body == null) {
            return Future.succeededFuture(new ReplayableBody(Buffer.buffer(), 0));
        }
        Promise<ReplayableBody> read = Promise.promise();
        Buffer bytes = Buffer.buffer();
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(read::tryFail);
        stream.handler(bytes::appendBuffer);
        stream.endHandler(end -> read.tryComplete(new ReplayableBody(bytes,
                body.length() == -1 && bytes.length() == 0 ? -1 : bytes.length())));
        stream.resume();
        return read.future();
    }

    /** A fresh body with the same bytes, for one attempt. */
    Body fresh() {
        return Body.body(Body.body(bytes).stream(), length);
    }
}
