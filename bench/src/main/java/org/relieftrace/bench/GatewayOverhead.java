package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the gateway adds to a request: one client, sequential {@code GET}s of a depot's stock ({@code size=1}) straight
 * to the supplies-service and through the gateway, alternating in blocks of 100 so that both see the same moment of
 * the system. Each path has its own kept-alive connection and a first block that is not counted.
 */
public final class GatewayOverhead {

    /** Requests per block before switching to the other path. */
    public static final int BLOCK = 100;

    /**
     * What the comparison measured, or why it was skipped.
     *
     * @param direct     latency straight to the supplies-service, in nanoseconds
     * @param viaGateway latency through the gateway, in nanoseconds
     * @param errors     answers other than 200, on either path
     * @param skipped    why it did not run, or null
     */
    public record Result(Percentiles.Summary direct, Percentiles.Summary viaGateway, Tally errors, String skipped) {

        /** A comparison that did not run, and why. */
        static Result skipped(String why) {
            return new Result(Percentiles.Summary.EMPTY, Percentiles.Summary.EMPTY,
                    new Tally(new AtomicReference<>()), why);
        }

        /** Median through the gateway minus median direct, in nanoseconds. */
        public long addedP50() {
            return viaGateway.p50() - direct.p50();
        }
    }

    private final Config config;
    private final Keycloak.Token officer;
    private final String path;

    /** A comparison on the stock of {@code depot}, as the {@code officer}. */
    public GatewayOverhead(Config config, Keycloak.Token officer, java.util.UUID depot) {
        this.config = config;
        this.officer = officer;
        this.path = "/api/supplies/depots/" + depot + "/stock?size=1";
    }

    /** The path compared on both sides. */
    public String path() {
        return path;
    }

    /** Runs the comparison; skips it (with the reason) if the gateway cannot serve the path. */
    public Result run() throws InterruptedException {
        int requests = config.gatewayRequests();
        if (requests <= 0) {
            return Result.skipped("skipped by --gateway-requests 0");
        }
        HttpClient direct = Http.newClient();
        HttpClient gateway = Http.newClient();
        try {
            HttpResponse<String> probe = Http.send(gateway, request(config.gatewayUrl()));
            if (probe.statusCode() != 200) {
                return Result.skipped("the gateway at " + config.gatewayUrl() + " answered HTTP "
                        + probe.statusCode() + " for GET " + path + ": " + Http.abbreviate(probe.body(), 300));
            }
        } catch (IOException e) {
            return Result.skipped("the gateway is not reachable at " + config.gatewayUrl() + " (" + e + ")");
        }
        Tally errors = new Tally(new AtomicReference<>());
        Samples directLatency = new Samples(requests);
        Samples gatewayLatency = new Samples(requests);
        block(direct, config.suppliesUrl(), BLOCK, null, errors);
        block(gateway, config.gatewayUrl(), BLOCK, null, errors);
        int done = 0;
        while (done < requests) {
            int n = Math.min(BLOCK, requests - done);
            block(direct, config.suppliesUrl(), n, directLatency, errors);
            block(gateway, config.gatewayUrl(), n, gatewayLatency, errors);
            done += n;
        }
        return new Result(Percentiles.summarize(Samples.mergeSorted(List.of(directLatency))),
                Percentiles.summarize(Samples.mergeSorted(List.of(gatewayLatency))), errors, null);
    }

    private void block(HttpClient client, URI base, int n, Samples into, Tally errors) throws InterruptedException {
        String side = base.equals(config.gatewayUrl()) ? "gateway " : "direct ";
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = Http.send(client, request(base));
                long done = System.nanoTime();
                if (response.statusCode() != 200) {
                    errors.count(side + "HTTP " + response.statusCode(), response.body());
                } else if (into != null) {
                    into.add(done - started);
                }
            } catch (IOException e) {
                errors.count(side + e.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private HttpRequest request(URI base) throws IOException, InterruptedException {
        return Http.request(base, path, officer.bearer()).GET().build();
    }
}
