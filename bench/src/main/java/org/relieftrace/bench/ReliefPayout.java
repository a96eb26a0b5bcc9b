package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.relieftrace.platform.time.BeijingTime;

/**
 * The payout benchmark (发放批次 and 银行回盘): sets up {@code cases} approved TRANSITIONAL cases of one new disaster
 * in village {@value #VILLAGE} — the disaster, the standard and the fund through the public APIs, then the households
 * with their one-card accounts and each case's history (case, village appraisal, public notice, township review,
 * county approval) written straight into the event store ({@link ReliefLoader}), and waits for the projections to
 * read them all — none of it timed against the goal; then times (1) making up one payment batch of all of them until the batch's bank file is complete, and
 * (2) uploading the bank's result file (every line paid) until the reconciliation is recorded.
 *
 * <p>Heads' resident ID numbers are region {@value #REGION} (used by no other benchmark), a birth date and a 3-digit
 * sequence: {@code ceil(cases / 1000)} consecutive days from {@code 1900-01-01 + 100·s}, with slot {@code s} the
 * minute the run started mod {@value #SLOTS}. Runs of more than 100,000 cases, or two runs in the same minute (or a
 * multiple of {@value #SLOTS} minutes apart), would reuse numbers.
 */
public final class ReliefPayout {

    /** The village every household lives in: 朱沱镇第2村. */
    public static final String VILLAGE = "500118116201";
    /** The township: 朱沱镇. */
    public static final String TOWNSHIP = "500118116000";
    /** The county: 永川区. */
    public static final String COUNTY = "500118000000";
    /** The region code of the bench heads' ID numbers. */
    public static final String REGION = "500119";
    /** The standard the bench relies on: 600 yuan per person per month (set if the county has none). */
    public static final long MONTHLY_FEN = 60_000;
    /** How long any one wait (a projection catching up, the batch, the reconciliation) may take. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(20);

    static final int SLOTS = 450;
    static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = BeijingTime.ZONE;
    private static final Duration POLL_EVERY = Duration.ofMillis(250);

    /**
     * What the run measured.
     *
     * @param cases              approved cases set up
     * @param setupNanos         the set-up, not part of the goal
     * @param setupEvents        events the set-up wrote straight into the event store
     * @param loadNanos          writing them
     * @param catchUpNanos       from the last one written until the relief-service's projections read every case
     *                           approved (and the last household's account)
     * @param loadAverageBefore  the machine's 1-minute load average when the timed parts began
     * @param loadAverageMin     the lowest seen during them (sampled every second)
     * @param loadAverageMax     the highest seen during them
     * @param batchAnsweredNanos from the batch request until its {@code 201}
     * @param batchNanos         from the batch request until the first complete bank file was downloaded
     * @param batchLines         the lines of the batch's answer
     * @param bankFileBytes      the bank file's size
     * @param resultAnsweredNanos from the upload of the result file until its {@code 200} (the reconciliation)
     * @param reconciledNanos    from the upload until the batch reads {@code RECONCILED} and its payments PAID
     * @param paidCount          payments the reconciliation paid
     * @param mismatches         mismatches it reported
     */
    public record Result(int cases, long setupNanos, long setupEvents, long loadNanos, long catchUpNanos,
                         double loadAverageBefore, double loadAverageMin, double loadAverageMax,
                         long batchAnsweredNanos, long batchNanos, int batchLines,
                         int bankFileBytes, long resultAnsweredNanos, long reconciledNanos, int paidCount,
                         int mismatches) {
    }

    private final Config config;
    private final Keycloak keycloak;
    private final HttpClient http = Http.newClient();
    private final Map<String, Keycloak.Token> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    /** The benchmark against the system {@code config} names. */
    public ReliefPayout(Config config, Keycloak keycloak) {
        this.config = config;
        this.keycloak = keycloak;
    }

    /** The head ID numbers of a run of {@code count} cases started at {@code startedAt}, all distinct. */
    static List<String> idNumbers(Instant startedAt, int count) {
        long slot = Math.floorMod(startedAt.getEpochSecond() / 60, SLOTS);
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            LocalDate birth = FIRST_BIRTH_DATE.plusDays(slot * 100 + n / 1000);
            String first17 = REGION + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth(), n % 1000);
            ids.add(first17 + HouseholdImport.checkCharacter(first17));
        }
        return ids;
    }

    /** Sets up the cases, then measures the batch and the reconciliation. */
    public Result run(Instant startedAt, java.util.function.Consumer<String> say)
            throws IOException, InterruptedException {
        int count = config.cases();
        LocalDate today = LocalDate.now(CHINA);
        long setupStart = System.nanoTime();
        String disasterId = post(config.registryUrl(), "/api/registry/disasters", "county-civil", Map.of(
                "type", "FLOOD", "name", "压测洪涝 " + UUID.randomUUID(), "startedAt", "2026-07-10T08:00:00+08:00",
                "responseLevel", "III", "affectedDivisionCodes", List.of(TOWNSHIP), "reason", "发放压测"), 201)
                .path("disasterId").asText();
        HttpResponse<String> standard = send("POST", config.reliefUrl(), "/api/relief/standards", "county-civil",
                Map.of("countyCode", COUNTY, "category", "TRANSITIONAL", "effectiveFrom", "2026-01-01",
                        "perPersonMonthlyFen", MONTHLY_FEN, "documentNumber", "压测标准"));
        if (standard.statusCode() != 201 && standard.statusCode() != 409) {
            throw new IOException("setting the standard was answered " + standard.statusCode() + ": "
                    + Http.abbreviate(standard.body(), 300));
        }
        long allocated = (long) count * MONTHLY_FEN * 4;
        // 400 "unknown disaster" until the relief-service has projected the new disaster
        String fundId = retry("POST", config.reliefUrl(), "/api/relief/funds", "county-finance", Map.of(
                "countyCode", COUNTY, "sourceLevel", "CENTRAL", "documentNumber", "压测〔2026〕" + UUID.randomUUID(),
                "title", "发放压测资金", "disasterId", disasterId, "category", "TRANSITIONAL",
                "amountFen", allocated), 201, 400).path("fundId").asText();
        retry("POST", config.reliefUrl(), "/api/relief/funds/" + fundId + "/apportion", "county-finance",
                Map.of("townshipCode", TOWNSHIP, "amountFen", allocated), 201);
        say.accept(String.format(Locale.ROOT, "set-up: disaster %s, fund %s; %,d households and cases", disasterId,
                fundId, count));

        List<String> ids = idNumbers(startedAt, count);
        long loadStart = System.nanoTime();
        ReliefLoader.Loaded loaded;
        try {
            loaded = new ReliefLoader(config).load(ids, UUID.fromString(disasterId), UUID.fromString(fundId),
                    MONTHLY_FEN, today);
        } catch (java.sql.SQLException e) {
            throw new IOException("writing the cases into the event store failed: " + e.getMessage(), e);
        }
        long loadNanos = System.nanoTime() - loadStart;
        say.accept(String.format(Locale.ROOT, "set-up: %,d events of %,d households and approved cases written in"
                + " %.1f s; waiting for the projections", loaded.events(), count, loadNanos / 1e9));
        long catchUpStart = System.nanoTime();
        String lastHousehold = loaded.householdIds().get(count - 1).toString();
        awaitJson(config.reliefUrl(), "/api/relief/households/" + lastHousehold, "village-civil",
                v -> v.path("accountHolderName").asText().startsWith("压测户主"));
        awaitCount(disasterId, "APPROVED", count);
        long catchUpNanos = System.nanoTime() - catchUpStart;
        long setupNanos = System.nanoTime() - setupStart;
        say.accept(String.format(Locale.ROOT, "set-up: %,d approved cases in %.0f s (projections caught up in %.1f s)",
                count, setupNanos / 1e9, catchUpNanos / 1e9));

        // (1) the batch, until its bank file is complete
        double loadBefore = LoadSampler.now();
        LoadSampler load = new LoadSampler();
        long batchStart = System.nanoTime();
        JsonNode made = post(config.reliefUrl(), "/api/relief/payment-batches", "county-finance", Map.of(
                "divisionCode", VILLAGE, "disasterId", disasterId, "title", "发放压测批次", "reason", "按月发放"), 201);
        long batchAnswered = System.nanoTime() - batchStart;
        String batchId = made.path("batchId").asText();
        int lines = made.path("lines").asInt();
        String bankFile = null;
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (bankFile == null) {
            HttpResponse<String> file = Http.send(http, Http.request(config.reliefUrl(), "/api/relief/payment-batches/"
                    + batchId + "/bank-file", token("county-finance")).setHeader("Accept", "text/csv").GET().build());
            if (file.statusCode() == 200 && file.body().lines().count() == lines + 3L) {
                bankFile = file.body();
            } else if (System.nanoTime() - deadline > 0) {
                throw new IOException("the bank file of batch " + batchId + " was not complete in time: "
                        + file.statusCode() + " " + Http.abbreviate(file.body(), 200));
            } else if (file.statusCode() != 200 && file.statusCode() != 404) {
                throw new IOException("the bank file of batch " + batchId + " was answered " + file.statusCode()
                        + ": " + Http.abbreviate(file.body(), 300));
            } else {
                Thread.sleep(POLL_EVERY);
            }
        }
        long batchNanos = System.nanoTime() - batchStart;
        say.accept(String.format(Locale.ROOT, "batch: %,d lines, 201 after %.2f s, bank file after %.2f s", lines,
                batchAnswered / 1e9, batchNanos / 1e9));

        // (2) the bank's result file: every line paid (built before the clock starts)
        StringBuilder result = new StringBuilder("paymentId,accountNumber,amount,status,reason,bankReference\n");
        List<String> rows = bankFile.lines().toList();
        List<String> header = List.of(rows.get(0).split(","));
        int paymentCol = header.indexOf("paymentId");
        int accountCol = header.indexOf("accountNumber");
        int amountCol = header.indexOf("amount");
        for (String row : rows.subList(1, rows.size() - 2)) {
            String[] v = row.split(",");
            result.append(v[paymentCol]).append(',').append(v[accountCol]).append(',').append(v[amountCol])
                    .append(",PAID,,B").append(v[0]).append('\n');
        }
        long resultStart = System.nanoTime();
        HttpRequest upload = Http.request(config.reliefUrl(), "/api/relief/payment-batches/" + batchId
                        + "/bank-results", token("county-finance"))
                .timeout(GIVE_UP_AFTER)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(result.toString()))
                .build();
        HttpResponse<String> answer = Http.send(http, upload);
        long resultAnswered = System.nanoTime() - resultStart;
        if (answer.statusCode() != 200) {
            throw new IOException("the result file was answered " + answer.statusCode() + ": "
                    + Http.abbreviate(answer.body(), 300));
        }
        JsonNode reconciliation = Http.parse(answer.body());
        java.util.function.Predicate<JsonNode> reconciledBatch = list -> {
            for (JsonNode batch : list.path("items")) {
                if (batch.path("batchId").asText().equals(batchId)) {
                    return !batch.path("status").asText().equals("CREATED");
                }
            }
            return false;
        };
        awaitJson(config.reliefUrl(), "/api/relief/payment-batches?size=500&division=" + VILLAGE, "county-finance",
                reconciledBatch);
        long reconciled = System.nanoTime() - resultStart;
        load.close();
        say.accept(String.format(Locale.ROOT, "results: 200 after %.2f s, reconciled after %.2f s; %d paid, %d"
                        + " mismatches", resultAnswered / 1e9, reconciled / 1e9,
                reconciliation.path("paidCount").asInt(), reconciliation.path("mismatches").size()));
        return new Result(count, setupNanos, loaded.events(), loadNanos, catchUpNanos, loadBefore, load.min(),
                load.max(), batchAnswered, batchNanos, lines, bankFile.length(), resultAnswered,
                reconciled, reconciliation.path("paidCount").asInt(), reconciliation.path("mismatches").size());
    }

    /** Waits until the relief-service lists {@code count} cases of the disaster in {@code status}. */
    private void awaitCount(String disasterId, String status, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            // one item is enough: the list envelope counts all of them
            HttpResponse<String> answer = send("GET", config.reliefUrl(), "/api/relief/cases?division=" + VILLAGE
                    + "&status=" + status + "&disasterId=" + disasterId + "&size=1", "county-finance", null);
            long seen = Http.parse(answer.body()).path("total").asLong();
            if (seen >= count) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(seen + " of " + count + " cases became " + status + " in time");
            }
            Thread.sleep(POLL_EVERY);
        }
    }

    private void awaitJson(URI base, String path, String user, java.util.function.Predicate<JsonNode> ready)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            HttpResponse<String> answer = send("GET", base, path, user, null);
            if (answer.statusCode() == 200 && ready.test(Http.parse(answer.body()))) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(path + " did not become ready in time: " + answer.statusCode() + " "
                        + Http.abbreviate(answer.body(), 300));
            }
            Thread.sleep(POLL_EVERY);
        }
    }

    /** Sends, repeating while the service has not projected what the request refers to yet (404, 409). */
    private JsonNode retry(String method, URI base, String path, String user, Object body, int expected)
            throws IOException, InterruptedException {
        return retry(method, base, path, user, body, expected, 404);
    }

    /** As above, repeating on {@code passing} too. */
    private JsonNode retry(String method, URI base, String path, String user, Object body, int expected,
                           int alsoPassing) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        IntPredicate passing = status -> status == 404 || status == 409 || status == alsoPassing;
        while (true) {
            HttpResponse<String> answer = send(method, base, path, user, body);
            if (answer.statusCode() == expected) {
                return Http.parse(answer.body());
            }
            if (!passing.test(answer.statusCode()) || System.nanoTime() - deadline > 0) {
                throw new IOException(method + " " + path + " was answered " + answer.statusCode() + ": "
                        + Http.abbreviate(answer.body(), 300));
            }
            Thread.sleep(POLL_EVERY);
        }
    }

    private JsonNode post(URI base, String path, String user, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send("POST", base, path, user, body);
        if (answer.statusCode() != expected) {
            throw new IOException("POST " + path + " was answered " + answer.statusCode() + ", not " + expected
                    + ": " + Http.abbreviate(answer.body(), 300));
        }
        return Http.parse(answer.body());
    }

    private HttpResponse<String> send(String method, URI base, String path, String user, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = Http.request(base, path, token(user)).timeout(GIVE_UP_AFTER)
                .header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, Http.json(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(http, request.build());
    }

    private String token(String user) throws IOException, InterruptedException {
        return tokens.computeIfAbsent(user, u -> keycloak.password("relief-test", u, "demo")).bearer();
    }
}
