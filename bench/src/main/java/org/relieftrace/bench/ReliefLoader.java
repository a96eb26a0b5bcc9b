package org.relieftrace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.bench.EventAppender.Actor;
import org.relieftrace.bench.EventAppender.Chain;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.platform.domain.WorkingDays;

import static org.relieftrace.contracts.store.StoredPayloadType.CASE_APPRAISED;
import static org.relieftrace.contracts.store.StoredPayloadType.CASE_APPROVED;
import static org.relieftrace.contracts.store.StoredPayloadType.CASE_OPENED;
import static org.relieftrace.contracts.store.StoredPayloadType.CASE_POSTED_ON_NOTICE;
import static org.relieftrace.contracts.store.StoredPayloadType.CASE_REVIEWED;
import static org.relieftrace.contracts.store.StoredPayloadType.FUNDS_COMMITTED;
import static org.relieftrace.contracts.store.StoredPayloadType.NOTICE_POSTED;

/**
 * 直写案件 — writes the payout benchmark's approved cases straight into the event store ({@link EventAppender}: hashed
 * and chained per stream as the services stamp them), because walking 100,000 cases through the case path over HTTP
 * takes hours. Each case gets the history the case path gives it, by the users who would act:
 * <ul>
 *     <li>registry (village-civil): the household registered with its head ({@code HouseholdRegistered}) and the
 *     head's one-card account ({@code PayoutAccountSet}), stream {@code household:<id>};</li>
 *     <li>relief (village-civil): {@code CaseOpened} (nominated by the village), {@code CaseAppraised} (1 member, 1
 *     month, appraised {@code today − 9}), stream {@code case:<id>}; then one {@code NoticePosted} listing every
 *     case, posted {@code today − 8} for 7 days, stream {@code notice:<id>}, and {@code CasePostedOnNotice};</li>
 *     <li>relief (zhutuo-civil, the township): {@code CaseReviewed} on {@code today};</li>
 *     <li>relief (county-civil): {@code FundsCommitted} on the fund's stream {@code fund:<id>} (continued after the
 *     allocation and apportionment made over HTTP), then {@code CaseApproved} at the standard's amount, payout due 8
 *     working days later.</li>
 * </ul>
 * Each kind of event is written for all cases before the next kind (each stream keeps its order), as a village's
 * cases move through the path together. The services' projections then read these events as they read their own.
 */
final class ReliefLoader {

    private static final String BANK = "重庆农村商业银行";
    private static final int BATCH = 2000;
    private static final int NOTICE_DAYS = 7;
    private static final int PAYOUT_WORKING_DAYS = 8;

    private static final Actor VILLAGE = new Actor("village-civil", "civil-affairs", ReliefPayout.VILLAGE);
    private static final Actor TOWNSHIP = new Actor("zhutuo-civil", "civil-affairs", ReliefPayout.TOWNSHIP);
    private static final Actor COUNTY = new Actor("county-civil", "civil-affairs", ReliefPayout.COUNTY);

    /** What was written: the households, the cases (in the same order), the notice. */
    record Loaded(List<UUID> householdIds, List<UUID> caseIds, UUID noticeId, long events) {
    }

    private final Config config;

    ReliefLoader(Config config) {
        this.config = config;
    }

    /**
     * Writes one approved TRANSITIONAL case of {@code amountFen} for each head ID number, of the disaster, committed
     * from the fund; {@code today} is the day in China.
     */
    Loaded load(List<String> headIdNumbers, UUID disasterId, UUID fundId, long amountFen, LocalDate today)
            throws SQLException {
        int count = headIdNumbers.size();
        List<UUID> households = new ArrayList<>(count);
        List<UUID> cases = new ArrayList<>(count);
        List<Chain> caseChains = new ArrayList<>(count);
        List<Map<String, Object>> entries = new ArrayList<>(count);
        LocalDate appraisedOn = today.minusDays(9);
        LocalDate postedOn = today.minusDays(8);
        LocalDate endsOn = postedOn.plusDays(NOTICE_DAYS);
        UUID noticeId = UUID.randomUUID();
        long events = 0;
        try (Connection connection = DriverManager.getConnection(EventAppender.batchedUrl(config.jdbcUrl()),
                config.jdbcUser(), config.jdbcPassword());
             EventAppender appender = new EventAppender(connection, BATCH)) {
            List<Chain> householdChains = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String idNumber = headIdNumbers.get(i);
                UUID householdId = UUID.randomUUID();
                Chain household = Chain.fresh("Household", "household:" + householdId);
                Map<String, Object> registered = new LinkedHashMap<>();
                registered.put("householdId", householdId.toString());
                registered.put("divisionCode", ReliefPayout.VILLAGE);
                registered.put("address", "朱沱镇第2村压测" + (i + 1) + "号");
                registered.put("headPersonId", personIdOf(idNumber).toString());
                registered.put("headName", headName(i));
                registered.put("headIdNumber", idNumber);
                registered.put("headPhone", "13800138000");
                registered.put("headGender", (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                registered.put("headBirthDate", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                        + idNumber.substring(12, 14));
                appender.append(household, Instant.now(), VILLAGE, "发放压测", HouseholdRegistered.class.getName(),
                        registered);
                households.add(householdId);
                householdChains.add(household);
            }
            for (int i = 0; i < count; i++) {
                Map<String, Object> account = new LinkedHashMap<>();
                account.put("householdId", households.get(i).toString());
                account.put("holderPersonId", personIdOf(headIdNumbers.get(i)).toString());
                account.put("bank", BANK);
                account.put("accountNumber", String.format(Locale.ROOT, "6228489%012d", i + 1));
                account.put("holderName", headName(i));
                appender.append(householdChains.get(i), Instant.now(), VILLAGE, "一卡通开户",
                        PayoutAccountSet.class.getName(), account);
            }
            for (int i = 0; i < count; i++) {
                UUID caseId = UUID.randomUUID();
                Chain chain = Chain.fresh("ReliefCase", "case:" + caseId);
                Map<String, Object> opened = new LinkedHashMap<>();
                opened.put("caseId", caseId.toString());
                opened.put("householdId", households.get(i).toString());
                opened.put("divisionCode", ReliefPayout.VILLAGE);
                opened.put("category", "TRANSITIONAL");
                opened.put("disasterId", disasterId.toString());
                opened.put("period", "2026-07");
                opened.put("beneficiaryPersonId", null);
                opened.put("origin", "NOMINATION");
                opened.put("statement", "房屋进水");
                opened.put("by", VILLAGE.userId());
                opened.put("byName", VILLAGE.userId());
                appender.append(chain, Instant.now(), VILLAGE, "村民小组提名", CASE_OPENED.typeName(), opened);
                cases.add(caseId);
                caseChains.add(chain);
            }
            for (int i = 0; i < count; i++) {
                Map<String, Object> appraised = new LinkedHashMap<>();
                appraised.put("caseId", cases.get(i).toString());
                appraised.put("membersCovered", 1);
                appraised.put("months", 1);
                appraised.put("deceasedPersons", 0);
                appraised.put("damageGrade", null);
                appraised.put("minutesReference", "压测评议记录");
                appraised.put("appraisedOn", appraisedOn.toString());
                appraised.put("proposedAmountFen", amountFen);
                appraised.put("by", VILLAGE.userId());
                appraised.put("byName", VILLAGE.userId());
                appender.append(caseChains.get(i), Instant.now(), VILLAGE, "民主评议", CASE_APPRAISED.typeName(),
                        appraised);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("caseId", cases.get(i).toString());
                entry.put("householdId", households.get(i).toString());
                entry.put("headName", headName(i));
                entry.put("category", "TRANSITIONAL");
                entry.put("period", "2026-07");
                entry.put("membersCovered", 1);
                entry.put("months", 1);
                entry.put("proposedAmountFen", amountFen);
                entries.add(entry);
            }
            events += 4L * count;

            Map<String, Object> posted = new LinkedHashMap<>();
            posted.put("noticeId", noticeId.toString());
            posted.put("villageCode", ReliefPayout.VILLAGE);
            posted.put("postedOn", postedOn.toString());
            posted.put("endsOn", endsOn.toString());
            posted.put("entries", entries);
            appender.append(Chain.fresh("PublicNotice", "notice:" + noticeId), Instant.now(), VILLAGE,
                    "村务公开栏张贴", NOTICE_POSTED.typeName(), posted);
            events++;

            Chain fund = appender.continued("Fund", "fund:" + fundId);
            LocalDate payoutDue = WorkingDays.after(today, PAYOUT_WORKING_DAYS);
            for (int i = 0; i < count; i++) {
                appender.append(caseChains.get(i), Instant.now(), VILLAGE, "村务公开栏张贴",
                        CASE_POSTED_ON_NOTICE.typeName(), Map.of("caseId", cases.get(i).toString(), "noticeId",
                                noticeId.toString(), "postedOn", postedOn.toString(), "endsOn", endsOn.toString()));
            }
            for (int i = 0; i < count; i++) {
                Map<String, Object> reviewed = new LinkedHashMap<>();
                reviewed.put("caseId", cases.get(i).toString());
                reviewed.put("reviewedOn", today.toString());
                reviewed.put("opinion", "经审核符合条件");
                reviewed.put("by", TOWNSHIP.userId());
                reviewed.put("byName", TOWNSHIP.userId());
                appender.append(caseChains.get(i), Instant.now(), TOWNSHIP, "乡镇审核", CASE_REVIEWED.typeName(),
                        reviewed);
            }
            for (int i = 0; i < count; i++) {
                Map<String, Object> committed = new LinkedHashMap<>();
                committed.put("fundId", fundId.toString());
                committed.put("caseId", cases.get(i).toString());
                committed.put("townshipCode", ReliefPayout.TOWNSHIP);
                committed.put("amountFen", amountFen);
                appender.append(fund, Instant.now(), COUNTY, "县级审批", FUNDS_COMMITTED.typeName(), committed);
            }
            for (int i = 0; i < count; i++) {
                Map<String, Object> approved = new LinkedHashMap<>();
                approved.put("caseId", cases.get(i).toString());
                approved.put("fundId", fundId.toString());
                approved.put("standardAmountFen", amountFen);
                approved.put("amountFen", amountFen);
                approved.put("overrideReason", null);
                approved.put("approvedOn", today.toString());
                approved.put("payoutDue", payoutDue.toString());
                approved.put("by", COUNTY.userId());
                approved.put("byName", COUNTY.userId());
                approved.put("secondApprover", null);
                approved.put("secondApproverName", null);
                appender.append(caseChains.get(i), Instant.now(), COUNTY, "县级审批", CASE_APPROVED.typeName(),
                        approved);
            }
            events += 4L * count;
        }
        return new Loaded(households, cases, noticeId, events);
    }

    private static String headName(int i) {
        return String.format(Locale.ROOT, "压测户主%06d", i + 1);
    }

    /** The registry's person id of the holder of a resident ID number: one person, one id. */
    static UUID personIdOf(String idNumber) {
        return UUID.nameUUIDFromBytes(("person:" + idNumber).getBytes(StandardCharsets.UTF_8));
    }
}
