package org.relieftrace.registry.disasterreport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.disasterreport.DisasterReportCommands.FileTownshipReport;
import org.relieftrace.registry.disasterreport.DisasterReportEvents.TownshipReportFiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

class DisasterReportTest {

    private static final UUID FLOOD = UUID.fromString("3e0b8f4d-2c55-4a71-9a57-5d8f2f1c6b01");
    private static final Instant START = Instant.parse("2026-07-10T00:00:00Z");
    private static final String ZHUTUO = "500118116000";
    private static final List<String> COUNTY_WIDE = List.of("500118000000");
    private static final Map<String, Long> FIGURES = Map.of("resettledPeople", 40L, "dispersedPeople", 10L,
            "goodsDistributed", 120L, "householdsSupplied", 30L, "peopleAided", 90L, "reliefPaidFen", 500_000L);

    private FixtureConfiguration<DisasterReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisasterReport.class);
    }

    private static UUID id(int n) {
        return new UUID(7, n);
    }

    private static FileTownshipReport file(int n, ReportForm form, ReportKind kind, String asOf, String township,
                                           List<String> affected) {
        return new FileTownshipReport(id(n), FLOOD, township, form, kind, Instant.parse(asOf), FIGURES, START,
                affected);
    }

    private static FileTownshipReport file(int n, ReportKind kind, String asOf) {
        return file(n, ReportForm.RELIEF_WORK, kind, asOf, ZHUTUO, COUNTY_WIDE);
    }

    private static TownshipReportFiled filed(int n, ReportForm form, ReportKind kind, String asOf) {
        return new TownshipReportFiled(id(n), FLOOD, ZHUTUO, form, kind, Instant.parse(asOf), FIGURES);
    }

    private static TownshipReportFiled filed(int n, ReportKind kind, String asOf) {
        return filed(n, ReportForm.RELIEF_WORK, kind, asOf);
    }

    @Test
    void anInitialReportOpensTheSeriesAndFollowUpsContinueIt() {
        fixture.givenNoPriorActivity()
                .when(file(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"))
                .expectResultMessagePayload(id(1))
                .expectEvents(filed(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"));
        fixture.given(filed(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"))
                .when(file(2, ReportKind.FOLLOW_UP, "2026-07-10T16:00:00Z"))
                .expectEvents(filed(2, ReportKind.FOLLOW_UP, "2026-07-10T16:00:00Z"));
    }

    @Test
    void aFollowUpBeforeTheInitialReportIsRefused() {
        fixture.givenNoPriorActivity()
                .when(file(1, ReportKind.FOLLOW_UP, "2026-07-10T01:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(containsString("initial report"));
    }

    @Test
    void theInitialReportOfAnotherFormDoesNotOpenThisOne() {
        fixture.given(filed(1, ReportForm.LOSS, ReportKind.INITIAL, "2026-07-10T01:00:00Z"))
                .when(file(2, ReportKind.VERIFIED, "2026-07-12T01:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aVerifiedReportClosesTheTownshipsSeriesForThatForm() {
        fixture.given(filed(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"),
                        filed(2, ReportKind.VERIFIED, "2026-07-20T01:00:00Z"))
                .when(file(3, ReportKind.FOLLOW_UP, "2026-07-21T01:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(containsString("closed"));
        fixture.given(filed(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"),
                        filed(2, ReportKind.VERIFIED, "2026-07-20T01:00:00Z"))
                .when(file(3, ReportForm.LOSS, ReportKind.INITIAL, "2026-07-21T01:00:00Z", ZHUTUO, COUNTY_WIDE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSecondInitialReportIsRefused() {
        fixture.given(filed(1, ReportKind.INITIAL, "2026-07-10T01:00:00Z"))
                .when(file(2, ReportKind.INITIAL, "2026-07-10T02:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aTownshipOutsideTheAffectedDivisionsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(file(1, ReportForm.LOSS, ReportKind.INITIAL, "2026-07-10T01:00:00Z", ZHUTUO,
                        List.of("500118109000")))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(containsString("not among"));
    }

    @Test
    void aTownshipHoldingAnAffectedVillageReports() {
        fixture.givenNoPriorActivity()
                .when(file(1, ReportForm.RELIEF_WORK, ReportKind.INITIAL, "2026-07-10T01:00:00Z", ZHUTUO,
                        List.of("500118116201")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReportBeforeTheDisasterOrOlderThanTheLatestIsRefused() {
        fixture.givenNoPriorActivity()
                .when(file(1, ReportKind.INITIAL, "2026-07-09T23:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
        fixture.given(filed(1, ReportKind.INITIAL, "2026-07-10T05:00:00Z"))
                .when(file(2, ReportKind.FOLLOW_UP, "2026-07-10T04:00:00Z"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(containsString("older"));
    }

    @Test
    void theRulesNameTheRefusalCodes() {
        var closed = new ReportRules.Series(true, true, START);
        assertThatThrownBy(() -> ReportRules.requireNext(closed,
                        ReportKind.FOLLOW_UP, START, START))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("report-series-closed"));
        assertThatThrownBy(() -> ReportRules.requireNext(ReportRules.Series.NONE,
                        ReportKind.FOLLOW_UP, START, START))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("initial-report-missing"));
    }
}
