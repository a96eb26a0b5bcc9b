package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The material-chain benchmark: a mixed workload of receipts at the bench's county depots, transfers from them to a
 * village depot (request, approve, dispatch, receive — the saga reserves and issues in between) and distributions to
 * the village's households, from {@code clients} threads; then the readiness of the whole county and lot traces,
 * each timed one request after another.
 */
public final class ChainLoad {

    /** The village the bench's village depot and households belong to (朱沱镇第2村 of the sample county). */
    public static final String VILLAGE = "500118116201";
    /** The bench's village depot. */
    public static final String VILLAGE_DEPOT = "BENCH-V01";
    /** Households registered for the distributions. */
    public static final int HOUSEHOLDS = 200;

    /** Latencies in nanoseconds per operation kind, and what was refused. */
    public record Result(Map<String, long[]> latencies, Tally tally, double seconds, long[] readiness,
                         long[] traces, long eventsInStore) {
    }

    private final Config config;
    private final Keycloak.Token officer;
    private final Keycloak.Token admin;
    private final HttpClient http = Http.newClient();
    private final List<String> households = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private UUID disaster;

    public ChainLoad(Config config, Keycloak.Token officer, Keycloak.Token admin) {
        this.config = config;
        this.officer = officer;
        this.admin = admin;
    }

    /** Registers the village depot, a disaster and the households, and stocks the village depot. */
    public void prepare() throws IOException, InterruptedException {
        Map<String, Object> depot = new LinkedHashMap<>();
        depot.put("depotId", ReferenceData.depotId(VILLAGE_DEPOT));
        depot.put("code", VILLAGE_DEPOT);
        depot.put("name", "基准测试村储备点");
        depot.put("divisionCode", VILLAGE);
        depot.put("kind", "GOVERNMENT");
        depot.put("latitude", 29.03);
        depot.put("longitude", 105.83);
        depot.put("address", "bench");
        depot.put("capacity", 100000);
        expect(post(config.registryUrl(), "/api/registry/depots", admin, depot), 201, 409);
        Map<String, Object> flood = new LinkedHashMap<>();
        flood.put("type", "FLOOD");
        flood.put("name", "基准测试洪涝 " + run);
        flood.put("startedAt", "2026-07-20T08:00:00+08:00");
        flood.put("responseLevel", "IV");
        flood.put("affectedDivisionCodes", List.of(VILLAGE));
        disaster = UUID.fromString(expect(post(config.registryUrl(), "/api/registry/disasters", admin, flood), 201)
                .path("disasterId").asText());
        while (households.size() < HOUSEHOLDS) {
            String idNumber = residentId();
            Map<String, Object> head = Map.of("name", "基准户" + households.size(), "idNumber", idNumber,
                    "phone", "13800138000");
            HttpResponse<String> registered = post(config.registryUrl(), "/api/registry/households", admin,
                    Map.of("divisionCode", VILLAGE, "address", "bench", "head", head));
            if (registered.statusCode() == 201) {
                households.add(Http.parse(registered.body()).path("householdId").asText() + "|" + idNumber);
            } else if (registered.statusCode() != 409) {
                throw new IOException("household refused: " + Http.abbreviate(registered.body(), 300));
            }
        }
        URI supplies = config.suppliesUrl();
        String receipt = "/api/supplies/depots/" + ReferenceData.depotId(VILLAGE_DEPOT) + "/receipts";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (post(supplies, receipt, officer, receipt(1_000_000)).statusCode() != 201) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the supplies-service does not know " + VILLAGE_DEPOT);
            }
            Thread.sleep(250);
        }
        String last = households.get(households.size() - 1);
        while (distribute(last).statusCode() == 400) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the supplies-service does not know the bench's households yet");
            }
            Thread.sleep(250);
        }
    }

    /** The ids of the households registered in {@link #VILLAGE} (after {@link #prepare}). */
    public List<UUID> households() {
        return households.stream().map(h -> UUID.fromString(h.substring(0, h.indexOf('|')))).toList();
    }

    /** The disaster the distributions belong to (after {@link #prepare}). */
    public UUID disaster() {
        return disaster;
    }

    /** Runs the mixed workload: {@code warmup} seconds unmeasured, then {@code seconds} measured. */
    public Result run() throws IOException, InterruptedException {
        Map<String, List<Samples>> samples = new LinkedHashMap<>();
        for (String kind : List.of("receipt", "transfer request", "transfer approve", "transfer dispatch",
                "transfer receive", "distribution")) {
            samples.put(kind, new ArrayList<>());
        }
        Tally tally = new Tally(new java.util.concurrent.atomic.AtomicReference<>());
        long start = System.nanoTime();
        long measureFrom = start + config.warmup() * 1_000_000_000L;
        long end = measureFrom + config.seconds() * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Map<String, Samples>> perThread = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        for (int c = 0; c < config.clients(); c++) {
            Map<String, Samples> mine = new LinkedHashMap<>();
            samples.keySet().forEach(kind -> mine.put(kind, new Samples(4096)));
            perThread.add(mine);
            Tally own = new Tally(new java.util.concurrent.atomic.AtomicReference<>());
            tallies.add(own);
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> client(client, mine, own, measureFrom, end)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        perThread.forEach(mine -> mine.forEach((kind, s) -> samples.get(kind).add(s)));
        tallies.forEach(tally::addAll);
        Map<String, long[]> latencies = new LinkedHashMap<>();
        samples.forEach((kind, parts) -> latencies.put(kind, Samples.mergeSorted(parts)));
        return new Result(latencies, tally, config.seconds(), readiness(300), traces(300), -1);
    }

    private void client(int client, Map<String, Samples> mine, Tally tally, long measureFrom, long end) {
        UUID county = ReferenceData.depotId(config.depotCodes().get(client % config.depotCodes().size()));
        String transfer = null;
        String stage = null;
        try {
            post(config.suppliesUrl(), "/api/supplies/depots/" + county + "/receipts", officer, receipt(1000));
            for (long i = 0; System.nanoTime() < end; i++) {
                int pick = (int) (i % 10);
                String kind;
                HttpResponse<String> answer;
                long t0 = System.nanoTime();
                if (pick < 4) {
                    kind = "receipt";
                    answer = post(config.suppliesUrl(), "/api/supplies/depots/" + county + "/receipts", officer,
                            receipt(100));
                } else if (pick < 7) {
                    kind = "distribution";
                    answer = distribute(households.get(ThreadLocalRandom.current().nextInt(households.size())));
                } else if (transfer == null) {
                    kind = "transfer request";
                    answer = post(config.suppliesUrl(), "/api/supplies/transfers", officer, Map.of(
                            "fromDepotId", county, "toDepotId", ReferenceData.depotId(VILLAGE_DEPOT),
                            "lines", List.of(Map.of("itemCode", ReferenceData.ITEM, "quantity", 5))));
                    if (answer.statusCode() == 201) {
                        transfer = Http.parse(answer.body()).path("transferId").asText();
                        stage = "approve";
                    }
                } else {
                    String path = "/api/supplies/transfers/" + transfer;
                    JsonNode view = Http.parse(Http.send(http, Http.request(config.suppliesUrl(), path,
                            officer.bearer()).GET().build()).body());
                    String status = view.path("status").asText();
                    t0 = System.nanoTime();
                    if (stage.equals("approve")) {
                        kind = "transfer approve";
                        answer = post(config.suppliesUrl(), path + "/approve", officer, Map.of("reason", "bench"));
                        stage = "dispatch";
                    } else if (stage.equals("dispatch") && status.equals("RESERVED")) {
                        kind = "transfer dispatch";
                        answer = post(config.suppliesUrl(), path + "/dispatch", officer, Map.of("vehicle", "渝A0000",
                                "driver", "bench", "waybillNumber", "B-" + transfer.substring(0, 8)));
                        stage = "receive";
                    } else if (stage.equals("receive") && status.equals("DISPATCHED")) {
                        kind = "transfer receive";
                        List<Map<String, Object>> lots = new ArrayList<>();
                        view.path("lots").forEach(lot -> lots.add(Map.of("sourceLotId",
                                lot.path("sourceLotId").asText(), "received", lot.path("quantity").asLong())));
                        answer = post(config.suppliesUrl(), path + "/receive", officer, Map.of("lots", lots));
                        transfer = null;
                    } else {
                        if (status.equals("FAILED") || status.equals("CLOSED")) {
                            transfer = null;
                        }
                        continue;
                    }
                }
                long took = System.nanoTime() - t0;
                boolean ok = answer.statusCode() / 100 == 2;
                if (t0 >= measureFrom && t0 < end) {
                    tally.count(ok ? kind + " " + answer.statusCode() : kind + " HTTP " + answer.statusCode(),
                            ok ? null : Http.abbreviate(answer.body(), 200));
                    if (ok) {
                        mine.get(kind).add(took);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            tally.count("client failed", e.toString());
        }
    }

    /** The county's readiness, {@code requests} times one after another: latencies of the 200s, sorted. */
    long[] readiness(int requests) throws IOException, InterruptedException {
        Samples samples = new Samples(requests);
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> answer = Http.send(http, Http.request(config.suppliesUrl(),
                    "/api/supplies/readiness?division=" + ReferenceData.DIVISION, officer.bearer()).GET().build());
            if (answer.statusCode() == 200) {
                samples.add(System.nanoTime() - t0);
            }
        }
        return Samples.mergeSorted(List.of(samples));
    }

    private long[] traces(int requests) throws IOException, InterruptedException {
        JsonNode stock = Http.parse(Http.send(http, Http.request(config.suppliesUrl(), "/api/supplies/depots/"
                + ReferenceData.depotId(VILLAGE_DEPOT) + "/stock?size=500", officer.bearer()).GET().build()).body());
        List<String> lots = new ArrayList<>();
        stock.path("lots").path("items").forEach(lot -> lots.add(lot.path("lotId").asText()));
        return traces(lots, requests);
    }

    /** Traces of lots picked at random from {@code lots}, one after another: latencies of the 200s, sorted. */
    long[] traces(List<String> lots, int requests) throws IOException, InterruptedException {
        Samples samples = new Samples(requests);
        for (int i = 0; i < requests && !lots.isEmpty(); i++) {
            String lot = lots.get(ThreadLocalRandom.current().nextInt(lots.size()));
            long t0 = System.nanoTime();
            HttpResponse<String> answer = Http.send(http, Http.request(config.suppliesUrl(),
                    "/api/supplies/lots/" + lot + "/trace", officer.bearer()).GET().build());
            if (answer.statusCode() == 200) {
                samples.add(System.nanoTime() - t0);
            }
        }
        return Samples.mergeSorted(List.of(samples));
    }

    private HttpResponse<String> distribute(String household) throws IOException, InterruptedException {
        String[] parts = household.split("\\|");
        return post(config.suppliesUrl(), "/api/supplies/depots/" + ReferenceData.depotId(VILLAGE_DEPOT)
                + "/distributions", officer, Map.of("householdId", parts[0], "disasterId", disaster,
                "itemCode", ReferenceData.ITEM, "quantity", 1, "recipientName", "基准户", "recipientIdNumber", parts[1]));
    }

    private Map<String, Object> receipt(long quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("itemCode", ReferenceData.ITEM);
        line.put("lotNumber", "C-" + run + "-" + sequence.incrementAndGet());
        line.put("quantity", quantity);
        line.put("producedOn", "2026-01-01");
        return Map.of("source", "PROCUREMENT", "reference", "BENCH-CHAIN", "supplier", "bench", "lines", List.of(line));
    }

    private HttpResponse<String> post(URI base, String path, Keycloak.Token who, Object body)
            throws IOException, InterruptedException {
        return Http.send(http, Http.request(base, path, who.bearer()).header("Content-Type", "application/json")
                .POST(Http.json(body)).build());
    }

    private static JsonNode expect(HttpResponse<String> response, int... statuses) throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return Http.parse(response.body());
            }
        }
        throw new IOException("HTTP " + response.statusCode() + " " + Http.abbreviate(response.body(), 300));
    }

    /** A valid resident ID number (GB 11643) with a random birth date and sequence, so runs do not collide. */
    private static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365));
        String body = "500118" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        return body + "10X98765432".charAt(sum % 11);
    }

}
