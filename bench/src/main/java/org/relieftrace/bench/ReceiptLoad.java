package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The receipt load: {@code clients} threads, each with its own HTTP/1.1 client (one kept-alive connection), POSTing
 * one-line receipts in a closed loop to {@code /api/supplies/depots/{id}/receipts} as the county's supplies officer.
 * Client i uses the depots i, i + clients, ... in turn, so concurrent clients rarely write to the same depot. Requests
 * started during the warm-up are not counted; of those started in the measured window, each 201 contributes its
 * latency and anything else is tallied by status.
 */
public final class ReceiptLoad {

    /**
     * What the load measured.
     *
     * @param ok              201 answers in the measured window
     * @param errors          other outcomes in the measured window, by status
     * @param warmupOk        201 answers during the warm-up
     * @param warmupErrors    other outcomes during the warm-up
     * @param latency         latency of the 201s, in nanoseconds
     * @param durationSeconds from the start of the measured window to the last measured answer
     * @param perSecond       201s per second over that duration
     */
    public record Result(long ok, Tally errors, long warmupOk, long warmupErrors, Percentiles.Summary latency,
                         double durationSeconds, double perSecond) {
    }

    private final Config config;
    private final Keycloak.Token officer;
    private final List<UUID> depots;

    /** A load as the {@code officer} over these depots. */
    public ReceiptLoad(Config config, Keycloak.Token officer, List<UUID> depots) {
        this.config = config;
        this.officer = officer;
        this.depots = List.copyOf(depots);
    }

    /** The depots client {@code client} of {@code clients} writes to, in turn. */
    static List<UUID> depotsOf(int client, int clients, List<UUID> depots) {
        List<UUID> mine = new ArrayList<>();
        for (int d = client; d < depots.size(); d += clients) {
            mine.add(depots.get(d));
        }
        if (mine.isEmpty()) {
            mine.add(depots.get(client % depots.size()));
        }
        return mine;
    }

    /** Runs the clients through the window and waits for them. */
    public Result run(Window window) throws InterruptedException {
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.clients(); i++) {
            Client client = new Client(i, depotsOf(i, config.clients(), depots), window, firstError);
            clients.add(client);
            threads.add(Thread.ofPlatform().name("receipts-" + i).start(client));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Tally errors = new Tally(firstError);
        List<Samples> samples = new ArrayList<>();
        long ok = 0;
        long warmupOk = 0;
        long warmupErrors = 0;
        long lastDone = window.measureStart();
        for (Client client : clients) {
            errors.addAll(client.errors);
            samples.add(client.latencies);
            ok += client.ok;
            warmupOk += client.warmupOk;
            warmupErrors += client.warmupErrors;
            lastDone = Math.max(lastDone, client.lastDone);
        }
        double duration = Math.max(1e-9, (lastDone - window.measureStart()) / 1e9);
        return new Result(ok, errors, warmupOk, warmupErrors, Percentiles.summarize(Samples.mergeSorted(samples)),
                duration, ok / duration);
    }

    /** The JSON of a one-line bench receipt of one {@code BENCH-KIT} with this lot number. */
    static String json(String lotNumber) {
        return "{\"source\":\"PROCUREMENT\",\"reference\":\"BENCH\",\"supplier\":\"bench\",\"lines\":"
                + "[{\"itemCode\":\"" + ReferenceData.ITEM + "\",\"lotNumber\":\"" + lotNumber
                + "\",\"quantity\":1,\"producedOn\":\"2026-01-01\"}]}";
    }

    /** One answer to a receipt: its HTTP status (-1 when none came), how to tally it, and its body or error. */
    record Sent(int status, String outcome, String body) {
    }

    /** Posts one receipt body as {@code who}; null when the thread was interrupted. */
    static Sent send(HttpClient http, URI target, Keycloak.Token who, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Http.REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + who.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            HttpResponse<String> response = Http.send(http, request);
            return new Sent(response.statusCode(), "HTTP " + response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Sent(-1, "timeout", e.toString());
        } catch (IOException e) {
            return new Sent(-1, e.getClass().getSimpleName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** One client: a thread with its own connection. */
    private final class Client implements Runnable {

        private final int index;
        private final List<UUID> mine;
        private final Window window;
        private final HttpClient http = Http.newClient();
        private final Tally errors;
        private final Samples latencies;
        private long ok;
        private long warmupOk;
        private long warmupErrors;
        private long lastDone;

        Client(int index, List<UUID> mine, Window window, AtomicReference<String> firstError) {
            this.index = index;
            this.mine = mine;
            this.window = window;
            this.errors = new Tally(firstError);
            this.latencies = new Samples(config.seconds() * 2_000);
        }

        @Override
        public void run() {
            List<URI> targets = mine.stream()
                    .map(id -> URI.create(config.suppliesUrl() + "/api/supplies/depots/" + id + "/receipts"))
                    .toList();
            long n = 0;
            while (true) {
                long started = System.nanoTime();
                if (!window.open(started)) {
                    return;
                }
                Sent sent = send(http, targets.get((int) (n % targets.size())), officer,
                        json("B-" + index + "-" + n));
                if (sent == null) {
                    return;
                }
                int status = sent.status();
                String body = sent.body();
                String outcome = sent.outcome();
                long done = System.nanoTime();
                n++;
                if (window.measured(started)) {
                    lastDone = done;
                    if (status == 201) {
                        ok++;
                        latencies.add(done - started);
                    } else {
                        errors.count(outcome, body);
                    }
                } else if (status == 201) {
                    warmupOk++;
                } else {
                    warmupErrors++;
                    errors.remember(outcome, body);
                }
            }
        }
    }
}
