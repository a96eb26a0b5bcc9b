package org.relieftrace.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The payout benchmark (发放批次 and 银行回盘): sets up {@code cases} approved TRANSITIONAL cases of one new disaster
 * in village {@value #VILLAGE} — the disaster, the standard and the fund through the public APIs, then the households
 * with their one-card accounts and each case's history (case, village appraisal, public notice, township review,
 * county approval) written straight into the event store ({@link ReliefLoader}), and waits for the projections to
 * read them all ({@link PayoutSetup}) — none of it timed against the goal; then times (1) making up one payment batch
 * of all of them until the batch's bank file is complete, and (2) uploading the bank's result file (every line paid)
 * until the reconciliation is recorded ({@link PayoutMeasurement}). {@link ReliefReport} writes the report.
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
    /** How often a wait asks again. */
    static final Duration POLL_EVERY = Duration.ofMillis(250);

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
    private final ReliefClient client;

    /** The benchmark against the system {@code config} names. */
    public ReliefPayout(Config config, Keycloak keycloak) {
        this.config = config;
        this.client = new ReliefClient(keycloak);
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

    /** Sets up the cases ({@link PayoutSetup}), then measures the batch and the reconciliation. */
    public Result run(Instant startedAt, Consumer<String> say) throws IOException, InterruptedException {
        PayoutSetup.Ready ready = new PayoutSetup(config, client, say).run(startedAt);
        return new PayoutMeasurement(config, client, say).measure(ready);
    }
}
