package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Projection lag under load: during the measured window a prober posts one receipt every 250 ms to its own depot
 * {@code BENCH-LAG}, then reads the receipt at its {@code Location} every 10 ms until its {@code lots} are there. The
 * lag is the time from the 201 (the command acknowledged) to the first read that shows the lots; a receipt not
 * visible after 10 s counts as a timeout. One probe at a time, so a slow projection lowers the probe rate rather than
 * piling up readers.
 */
public final class ProjectionLag implements Runnable {

    /** Between the starts of two probes. */
    public static final long INTERVAL_NANOS = 250_000_000L;
    /** Between two reads of the same receipt. */
    public static final long POLL_MILLIS = 10;
    /** After this, a receipt not yet visible is a timeout. */
    public static final long GIVE_UP_NANOS = 10_000_000_000L;

    /**
     * What the prober saw.
     *
     * @param lag      ack → visible, in nanoseconds, for the receipts that became visible
     * @param timeouts receipts not visible within 10 s
     * @param errors   probes whose POST or read failed
     */
    public record Result(Percentiles.Summary lag, long timeouts, Tally errors) {
    }

    private final Keycloak.Token officer;
    private final Window window;
    private final HttpClient http = Http.newClient();
    private final URI receipts;
    private final Samples lags = new Samples(1024);
    private final Tally errors = new Tally(new AtomicReference<>());
    private long timeouts;

    /** A prober for this window, acting as the {@code officer}. */
    public ProjectionLag(Config config, Keycloak.Token officer, Window window) {
        this.officer = officer;
        this.window = window;
        this.receipts = URI.create(config.suppliesUrl() + "/api/supplies/depots/"
                + ReferenceData.depotId(ReferenceData.LAG_DEPOT) + "/receipts");
    }

    @Override
    public void run() {
        try {
            Window.sleepUntil(window.measureStart());
            long next = window.measureStart();
            long n = 0;
            while (window.open(System.nanoTime())) {
                probe(n++);
                next += INTERVAL_NANOS;
                long now = System.nanoTime();
                if (next - now < 0) {
                    next = now; // fell behind: start the next probe at once, do not try to catch up
                }
                if (!window.open(next)) {
                    break;
                }
                Window.sleepUntil(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The figures, once the prober has stopped. */
    public Result result() {
        return new Result(Percentiles.summarize(Samples.mergeSorted(List.of(lags))), timeouts, errors);
    }

    private void probe(long n) throws InterruptedException {
        Optional<URI> location;
        long acked;
        try {
            HttpResponse<String> response = Http.send(http, Http.request(receipts, "", officer.bearer())
                    .header("Content-Type", "application/json")
                    .POST(Http.json(ReferenceData.receipt("L-" + n))).build());
            acked = System.nanoTime();
            if (response.statusCode() != 201) {
                errors.count("POST HTTP " + response.statusCode(), response.body());
                return;
            }
            location = response.headers().firstValue("Location").map(receipts::resolve);
            if (location.isEmpty()) {
                errors.count("POST without Location", response.body());
                return;
            }
        } catch (IOException e) {
            errors.count("POST " + e.getClass().getSimpleName(), e.toString());
            return;
        }
        while (true) {
            try {
                HttpResponse<String> read = Http.send(http, Http.request(location.get(), "", officer.bearer())
                        .GET().build());
                long seen = System.nanoTime();
                if (read.statusCode() == 200) {
                    JsonNode lots = Http.parse(read.body()).path("lots");
                    if (lots.isArray() && !lots.isEmpty()) {
                        lags.add(seen - acked);
                        return;
                    }
                } else if (read.statusCode() != 404) {
                    errors.count("GET HTTP " + read.statusCode(), read.body());
                    return;
                }
                if (seen - acked > GIVE_UP_NANOS) {
                    timeouts++;
                    return;
                }
            } catch (IOException e) {
                errors.count("GET " + e.getClass().getSimpleName(), e.toString());
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
