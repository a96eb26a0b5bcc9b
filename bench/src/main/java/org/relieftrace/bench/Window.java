package org.relieftrace.bench;

/**
 * The timeline of one measured phase on the {@link System#nanoTime()} clock: load from {@code start}, measured from
 * {@code measureStart} (the end of the warm-up) until {@code end}. Every participant of a phase shares one window.
 *
 * @param start        when load begins
 * @param measureStart when the warm-up ends and measuring begins
 * @param end          when no new request is started any more
 */
public record Window(long start, long measureStart, long end) {

    /** A window beginning now: {@code warmupSeconds} of warm-up, then {@code seconds} measured. */
    public static Window startingNow(int warmupSeconds, int seconds) {
        long now = System.nanoTime();
        long measure = now + warmupSeconds * 1_000_000_000L;
        return new Window(now, measure, measure + seconds * 1_000_000_000L);
    }

    /** Whether a request started at {@code nanos} is measured. */
    public boolean measured(long nanos) {
        return nanos - measureStart >= 0;
    }

    /** Whether a request may still be started at {@code nanos}. */
    public boolean open(long nanos) {
        return nanos - end < 0;
    }

    /** Sleeps until {@code nanos} on the {@link System#nanoTime()} clock. */
    public static void sleepUntil(long nanos) throws InterruptedException {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
