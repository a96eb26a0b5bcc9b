package org.relieftrace.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed through unchanged that also says when it has been read to the end — the moment the gateway
 * starts waiting for the service's answer, so that a long upload is never mistaken for a silent service.
 */
final class EndSignallingStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final Runnable onEnd;

    EndSignallingStream(ReadStream<Buffer> body, Runnable onEnd) {
        this.body = body;
        this.onEnd = onEnd;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        if (endHandler == null) {
            body.endHandler(null);
        } else {
            body.endHandler(end -> {
                onEnd.run();
                endHandler.handle(end);
            });
        }
        return this;
    }
}
