package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.relieftrace.platform.time.BeijingTime;

/**
 * The payout benchmark's set-up ({@link ReliefPayout}), not timed against the goal: one new disaster, the standard
 * and a fund apportioned to the township through the public APIs, then the households with their one-card accounts
 * (一卡通) and each case's history up to county approval written straight into the event store
 * ({@link ReliefLoader}), and the wait until the relief-service's projections have read every case approved.
 *
 * @param config where the system is
 * @param client the requests, as the demo users
 * @param say    where progress lines go
 */
record PayoutSetup(Config config, ReliefClient client, Consumer<String> say) {

    private static final ZoneId CHINA = BeijingTime.ZONE;

    /**
     * What the set-up left ready.
     *
     * @param cases        approved cases
     * @param disasterId   the new disaster
     * @param setupNanos   the whole set-up
     * @param events       events written straight into the event store
     * @param loadNanos    writing them
     * @param catchUpNanos from the last one written until the projections read every case approved
     */
    record Ready(int cases, String disasterId, long setupNanos, long events, long loadNanos, long catchUpNanos) {
    }

    /** Sets up {@code config.cases()} approved cases, with heads' ID numbers of a run started at {@code startedAt}. */
    Ready run(Instant startedAt) throws IOException, InterruptedException {
        int count = config.cases();
        LocalDate today = LocalDate.now(CHINA);
        long setupStart = System.nanoTime();
        String disasterId = client.post(config.registryUrl(), "/api/registry/disasters", "county-civil", Map.of(
                "type", "FLOOD", "name", "压测洪涝 " + UUID.randomUUID(), "startedAt", "2026-07-10T08:00:00+08:00",
                "responseLevel", "III", "affectedDivisionCodes", List.of(ReliefPayout.TOWNSHIP), "reason", "发放压测"),
                201).path("disasterId").asText();
        HttpResponse<String> standard = client.send("POST", config.reliefUrl(), "/api/relief/standards",
                "county-civil", Map.of("countyCode", ReliefPayout.COUNTY, "category", "TRANSITIONAL",
                        "effectiveFrom", "2026-01-01", "perPersonMonthlyFen", ReliefPayout.MONTHLY_FEN,
                        "documentNumber", "压测标准"));
        if (standard.statusCode() != 201 && standard.statusCode() != 409) {
            throw new IOException("setting the standard was answered " + standard.statusCode() + ": "
                    + Http.abbreviate(standard.body(), 300));
        }
        long allocated = (long) count * ReliefPayout.MONTHLY_FEN * 4;
        // 400 "unknown disaster" until the relief-service has projected the new disaster
        String fundId = client.retry("POST", config.reliefUrl(), "/api/relief/funds", "county-finance", Map.of(
                "countyCode", ReliefPayout.COUNTY, "sourceLevel", "CENTRAL",
                "documentNumber", "压测〔2026〕" + UUID.randomUUID(), "title", "发放压测资金", "disasterId", disasterId,
                "category", "TRANSITIONAL", "amountFen", allocated), 201, 400).path("fundId").asText();
        String apportionmentId = client.retry("POST", config.reliefUrl(), "/api/relief/funds/" + fundId
                + "/apportion", "county-finance", Map.of("townshipCode", ReliefPayout.TOWNSHIP, "amountFen", allocated),
                201).path("apportionmentId").asText();
        // maker–checker: a second finance user approves the apportionment before it counts
        client.retry("POST", config.reliefUrl(), "/api/relief/funds/" + fundId + "/apportionments/"
                + apportionmentId + "/approval", "county-finance2", Map.of("approve", true), 200);
        say.accept(String.format(Locale.ROOT, "set-up: disaster %s, fund %s; %,d households and cases", disasterId,
                fundId, count));

        List<String> ids = ReliefPayout.idNumbers(startedAt, count);
        long loadStart = System.nanoTime();
        ReliefLoader.Loaded loaded;
        try {
            loaded = new ReliefLoader(config).load(ids, UUID.fromString(disasterId), UUID.fromString(fundId),
                    ReliefPayout.MONTHLY_FEN, today);
        } catch (SQLException e) {
            throw new IOException("writing the cases into the event store failed: " + e.getMessage(), e);
        }
        long loadNanos = System.nanoTime() - loadStart;
        say.accept(String.format(Locale.ROOT, "set-up: %,d events of %,d households and approved cases written in"
                + " %.1f s; waiting for the projections", loaded.events(), count, loadNanos / 1e9));
        long catchUpStart = System.nanoTime();
        String lastHousehold = loaded.householdIds().get(count - 1).toString();
        client.awaitJson(config.reliefUrl(), "/api/relief/households/" + lastHousehold, "village-civil",
                v -> v.path("accountHolderName").asText().startsWith("压测户主"));
        awaitCount(disasterId, "APPROVED", count);
        long catchUpNanos = System.nanoTime() - catchUpStart;
        long setupNanos = System.nanoTime() - setupStart;
        say.accept(String.format(Locale.ROOT, "set-up: %,d approved cases in %.0f s (projections caught up in %.1f s)",
                count, setupNanos / 1e9, catchUpNanos / 1e9));
        return new Ready(count, disasterId, setupNanos, loaded.events(), loadNanos, catchUpNanos);
    }

    /** Waits until the relief-service lists {@code count} cases of the disaster in {@code status}. */
    private void awaitCount(String disasterId, String status, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ReliefPayout.GIVE_UP_AFTER.toNanos();
        while (true) {
            // one item is enough: the list envelope counts all of them
            HttpResponse<String> answer = client.send("GET", config.reliefUrl(), "/api/relief/cases?division="
                    + ReliefPayout.VILLAGE + "&status=" + status + "&disasterId=" + disasterId + "&size=1",
                    "county-finance", null);
            long seen = Http.parse(answer.body()).path("total").asLong();
            if (seen >= count) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(seen + " of " + count + " cases became " + status + " in time");
            }
            Thread.sleep(ReliefPayout.POLL_EVERY);
        }
    }
}
