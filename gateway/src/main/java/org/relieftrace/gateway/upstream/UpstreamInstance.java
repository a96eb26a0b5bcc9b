package org.relieftrace.gateway.upstream;

import org.jboss.logging.Logger;

/**
 * 服务实例 — one running instance of a service behind the gateway, and whether it is in rotation.
 *
 * <p>An instance starts in rotation. It leaves after a number of failed health checks in a row, or at once when a
 * connection to it fails (refused, or broken off before an answer); it returns after one passed health check.
 */
public final class UpstreamInstance {

    private static final Logger LOG = Logger.getLogger(UpstreamInstance.class);

    private final Upstream upstream;
    private final UpstreamOrigin origin;
    private volatile boolean inRotation = true;
    private int failedChecks;

    UpstreamInstance(Upstream upstream, UpstreamOrigin origin) {
        this.upstream = upstream;
        this.origin = origin;
    }

    /** The service this is an instance of. */
    public Upstream upstream() {
        return upstream;
    }

    /** Where the instance listens. */
    public UpstreamOrigin origin() {
        return origin;
    }

    /** {@code true} while requests may be sent to it. */
    public boolean inRotation() {
        return inRotation;
    }

    /** The instance answered its health check: back in rotation if it was out. */
    synchronized void checkPassed() {
        failedChecks = 0;
        if (!inRotation) {
            inRotation = true;
            LOG.infof("%s instance %s is back in rotation", upstream.key(), origin);
        }
    }

    /** The instance failed its health check: out of rotation after {@code failuresToLeave} in a row. */
    synchronized void checkFailed(int failuresToLeave) {
        failedChecks++;
        if (failedChecks >= failuresToLeave) {
            leave("failed " + failedChecks + " health check(s) in a row");
        }
    }

    /** A connection to the instance failed: out of rotation until a health check passes. */
    public synchronized void connectionFailed(Throwable failure) {
        leave("connection failed: " + failure);
    }

    private void leave(String reason) {
        if (inRotation) {
            inRotation = false;
            LOG.warnf("%s instance %s is out of rotation: %s", upstream.key(), origin, reason);
        }
    }

    @Override
    public String toString() {
        return origin.toString();
    }
}
