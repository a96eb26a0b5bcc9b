package org.relieftrace.relief.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;

import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.relief.fund.FundCommands.AllocateFund;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.fund.FundCommands.DecideApportionment;
import org.relieftrace.relief.fund.FundCommands.SourceLevel;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmHeldPayment;
import org.relieftrace.relief.payment.PaymentCommands.ReleaseBatch;
import org.relieftrace.relief.reliefcase.CaseCommands.AppraiseCase;
import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseCommands;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.standard.SetStandard;
import org.relieftrace.relief.standard.StandardAmounts;
import org.relieftrace.platform.domain.DomainRuleViolation;

import static org.awaitility.Awaitility.await;

/**
 * Test data the relief-service meets in a running system: the registry's published facts (as events on the shared
 * stream) and cases driven along their path by the users who would take each step (as commands with their names).
 */
@ApplicationScoped
public class ReliefFixtures {

    public static final String COUNTY = "500118000000";
    public static final String ZHUTUO = "500118116000";
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EventGateway events;

    @Inject
    CommandGateway commands;

    @Inject
    DataSource dataSource;

    /** A person of a fixture household. */
    public record Person(UUID personId, String name) {
    }

    /** A household with its head (whose card receives the money) and one more member. */
    public record Household(UUID householdId, String village, Person head, Person member) {
    }

    public static MetaData by(String user) {
        return MetaData.from(Map.of("userId", user, "username", user));
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The county's TRANSITIONAL standard: 600 yuan per person per month from 2026-01-01. */
    public void standard() {
        try {
            commands.sendAndWait(new SetStandard(COUNTY, ReliefCategory.TRANSITIONAL, LocalDate.of(2026, 1, 1),
                    new StandardAmounts(60_000, 0, 0, 0, 0, 0, 0, 0), "渝民发〔2026〕1号"), by("county-civil"));
        } catch (DomainRuleViolation alreadySet) {
            // set by an earlier test of this JVM
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.standard"
                + " WHERE county_code = ? AND category = 'TRANSITIONAL'", COUNTY) >= 1);
    }

    /** A flood affecting 朱沱镇, known to the relief-service. */
    public UUID disaster() {
        UUID id = UUID.randomUUID();
        events.publish(new DisasterDeclared(id, "FLOOD", "朱沱镇洪涝 " + id, Instant.parse("2026-07-10T00:00:00Z"), "III",
                List.of(ZHUTUO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.known_disaster"
                + " WHERE disaster_id = ?", id) == 1);
        return id;
    }

    /** A household of two in the village, the head's card as its account; known to the relief-service. */
    public Household household(String village, String headName) {
        UUID householdId = UUID.randomUUID();
        Person head = new Person(UUID.randomUUID(), headName);
        Person member = new Person(UUID.randomUUID(), headName + "之妻");
        events.publish(new HouseholdRegistered(householdId, village, "朱沱镇某村1组", head.personId(), head.name(),
                "500118198001010011", "13800000000", "MALE", LocalDate.of(1980, 1, 1)));
        events.publish(new MemberAdded(householdId, member.personId(), member.name(), "500118198201010022",
                null, "FEMALE", LocalDate.of(1982, 1, 1), "配偶", null));
        events.publish(new PayoutAccountSet(householdId, head.personId(), "重庆农村商业银行",
                "62284800" + Math.abs(householdId.getLeastSignificantBits() % 100_000_000L), head.name()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.known_account"
                + " WHERE household_id = ?", householdId) == 1 && count("SELECT count(*) FROM relief.known_person"
                + " WHERE household_id = ?", householdId) == 2);
        return new Household(householdId, village, head, member);
    }

    /** A new card for the household's head, as the registry publishes it. */
    public void changeAccount(Household household, String accountNumber) {
        events.publish(new PayoutAccountSet(household.householdId(), household.head().personId(), "中国邮政储蓄银行",
                accountNumber, household.head().name()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.known_account"
                + " WHERE household_id = ? AND account_number = ?", household.householdId(), accountNumber) == 1);
    }

    /** The same new card, as the registry publishes it when {@code user} changed it (the event's metadata). */
    public void changeAccount(Household household, String accountNumber, String user) {
        events.publish(new GenericEventMessage<>(new PayoutAccountSet(household.householdId(),
                household.head().personId(), "中国邮政储蓄银行", accountNumber, household.head().name()), by(user)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.known_account"
                + " WHERE household_id = ? AND account_number = ?", household.householdId(), accountNumber) == 1);
    }

    /** The batch's next bank file released by a second finance user (双人复核); answers the file's number. */
    public int release(UUID batchId) {
        int file = commands.<Integer>sendAndWait(new ReleaseBatch(batchId), by("county-finance-2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.payment_batch"
                + " WHERE batch_id = ? AND released_files = ?", batchId, file) == 1);
        return file;
    }

    /** A held payment's account confirmed by {@code user} with the holder's name as given. */
    public void confirm(UUID batchId, UUID paymentId, String holderName, String user) {
        commands.sendAndWait(new ConfirmHeldPayment(batchId, paymentId, holderName), by(user));
    }

    /** A TRANSITIONAL fund for the disaster with {@code share} fen apportioned to 朱沱镇 (raised and approved). */
    public UUID fund(UUID disasterId, long share) {
        UUID fundId = UUID.randomUUID();
        commands.sendAndWait(new AllocateFund(fundId, COUNTY, SourceLevel.CENTRAL, "财建〔2026〕" + fundId, "过渡期",
                disasterId, ReliefCategory.TRANSITIONAL, share, today()), by("county-finance"));
        UUID apportionmentId = UUID.randomUUID();
        commands.sendAndWait(new ApportionFund(fundId, apportionmentId, ZHUTUO, share), by("county-finance"));
        commands.sendAndWait(new DecideApportionment(fundId, apportionmentId, true), by("county-finance-2"));
        return fundId;
    }

    /** A TRANSITIONAL case for July of two persons for 3 months, posted from 8 days ago until yesterday. */
    public UUID postedCase(Household household, UUID disasterId, long amount) {
        UUID caseId = appraisedCase(household, disasterId, amount);
        LocalDate posted = today().minusDays(8);
        commands.sendAndWait(new PutOnNotice(caseId, UUID.randomUUID(), posted, posted.plusDays(7)),
                by("village-civil"));
        return caseId;
    }

    /** A TRANSITIONAL case for July of two persons for 3 months, opened and appraised 8 days ago by the village. */
    public UUID appraisedCase(Household household, UUID disasterId, long amount) {
        UUID caseId = CaseCommands.caseIdOf(household.householdId(), ReliefCategory.TRANSITIONAL, disasterId,
                "2026-07");
        commands.sendAndWait(new OpenCase(caseId, household.householdId(), household.village(),
                ReliefCategory.TRANSITIONAL, disasterId, "2026-07", null, CaseOrigin.NOMINATION, "房屋进水"),
                by("village-civil"));
        commands.sendAndWait(new AppraiseCase(caseId, 2, 3, 0, null, "村民代表会议记录", today().minusDays(8),
                amount), by("village-civil"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.relief_case"
                + " WHERE case_id = ? AND status = 'APPRAISED'", caseId) == 1);
        return caseId;
    }

    /** The case reviewed by the township and approved by the county from the fund, at {@code amount}. */
    public UUID approvedCase(Household household, UUID disasterId, UUID fundId, long amount) {
        return approvedCase(household, disasterId, fundId, amount, 1);
    }

    /** The case approved at {@code amount}, to be paid in {@code instalments} (分期拨付). */
    public UUID approvedCase(Household household, UUID disasterId, UUID fundId, long amount, int instalments) {
        UUID caseId = postedCase(household, disasterId, amount);
        commands.sendAndWait(new ReviewCase(caseId, true, "同意", today()), by("zhutuo-civil"));
        commands.sendAndWait(new CommitFunds(fundId, caseId, ZHUTUO, ReliefCategory.TRANSITIONAL, disasterId,
                amount), by("county-civil"));
        commands.sendAndWait(new DecideCase(caseId, true, fundId, amount, amount, instalments, null, "同意", today(),
                today().plusDays(12)), by("county-civil"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM relief.relief_case"
                + " WHERE case_id = ? AND status = 'APPROVED'", caseId) == 1);
        return caseId;
    }

    /** The single number {@code sql} answers. */
    public long count(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Events of a type (simple name, nested records included) whose payload has {@code field} = {@code value}. */
    public long events(String type, String field, String value) {
        return count("SELECT count(*) FROM eventstore.domain_event_entry WHERE payload_type LIKE ?"
                + " AND convert_from(payload, 'UTF8')::jsonb ->> ? = ?", "%" + type, field, value);
    }
}
