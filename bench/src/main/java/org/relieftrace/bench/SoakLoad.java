package org.relieftrace.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak's load: receipts at a fixed rate (open loop) for a length of time, cut into intervals. Each of
 * {@code clients} threads sends on its own schedule (every {@code clients / rate} seconds, the threads evenly
 * staggered); a request's latency counts from when it was due, not from when it was sent, so a slow answer that
 * delays the next request shows in that request's latency too. At the end of each interval the resident memory of
 * every service is read ({@link ServiceMemory}).
 */
final class SoakLoad {

    /** What one interval saw: 201s, other answers, latency of the 201s (ns), services' resident memory (KiB). */
    record Interval(double endSeconds, long ok, long errors, Percentiles.Summary latency, Map<String, Long> rssKib) {
    }

    private final Config config;
    private final Keycloak.Token officer;
    private final List<UUID> depots;
    private final ServiceMemory memory;

    SoakLoad(Config config, Keycloak.Token officer, List<UUID> depots, ServiceMemory memory) {
        this.config = config;
        this.officer = officer;
        this.depots = List.copyOf(depots);
        this.memory = memory;
    }

    /**
     * Sends {@code rate} receipts per second for {@code intervals} intervals of {@code intervalSeconds} each.
     *
     * @param firstError where the first failed answer is kept
     */
    List<Interval> run(double rate, int intervals, int intervalSeconds, AtomicReference<String> firstError)
            throws InterruptedException {
        int clients = config.clients();
        long start = System.nanoTime() + 200_000_000L;
        long intervalNanos = intervalSeconds * 1_000_000_000L;
        long end = start + intervals * intervalNanos;
        long period = (long) (clients * 1e9 / rate);
        List<Client> running = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, ReceiptLoad.depotsOf(i, clients, depots), start + i * period / clients,
                    period, end, intervals, intervalNanos, start, firstError);
            running.add(client);
            threads.add(Thread.ofPlatform().name("soak-" + i).start(client));
        }
        List<Map<String, Long>> rss = new ArrayList<>();
        for (int k = 1; k <= intervals; k++) {
            Window.sleepUntil(start + k * intervalNanos);
            rss.add(memory.residentKib());
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Interval> result = new ArrayList<>();
        for (int k = 0; k < intervals; k++) {
            long ok = 0;
            long errors = 0;
            List<Samples> latencies = new ArrayList<>();
            for (Client client : running) {
                ok += client.ok[k];
                errors += client.errors[k];
                latencies.add(client.latencies[k]);
            }
            result.add(new Interval((k + 1) * (double) intervalSeconds, ok, errors,
                    Percentiles.summarize(Samples.mergeSorted(latencies)), rss.get(k)));
        }
        return result;
    }

    /** One client: its own connection and schedule, counting into the interval each request was due in. */
    private final class Client implements Runnable {

        private final int index;
        private final List<URI> targets;
        private final long first;
        private final long period;
        private final long end;
        private final long start;
        private final long intervalNanos;
        private final long[] ok;
        private final long[] errors;
        private final Samples[] latencies;
        private final Tally tally;
        private final HttpClient http = Http.newClient();

        Client(int index, List<UUID> mine, long first, long period, long end, int intervals, long intervalNanos,
               long start, AtomicReference<String> firstError) {
            this.index = index;
            this.targets = mine.stream()
                    .map(id -> URI.create(config.suppliesUrl() + "/api/supplies/depots/" + id + "/receipts"))
                    .toList();
            this.first = first;
            this.period = period;
            this.end = end;
            this.start = start;
            this.intervalNanos = intervalNanos;
            this.ok = new long[intervals];
            this.errors = new long[intervals];
            this.latencies = new Samples[intervals];
            for (int k = 0; k < intervals; k++) {
                latencies[k] = new Samples(1024);
            }
            this.tally = new Tally(firstError);
        }

        @Override
        public void run() {
            String run = Long.toString(System.currentTimeMillis(), 36);
            for (long n = 0; ; n++) {
                long due = first + n * period;
                if (due >= end) {
                    return;
                }
                try {
                    Window.sleepUntil(due);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ReceiptLoad.Sent sent = ReceiptLoad.send(http, targets.get((int) (n % targets.size())),
                        officer, ReceiptLoad.json("S-" + run + "-" + index + "-" + n));
                if (sent == null) {
                    return;
                }
                int k = (int) Math.min(ok.length - 1, (due - start) / intervalNanos);
                if (sent.status() == 201) {
                    ok[k]++;
                    latencies[k].add(System.nanoTime() - due);
                } else {
                    errors[k]++;
                    tally.count(sent.outcome(), sent.body());
                }
            }
        }
    }
}
