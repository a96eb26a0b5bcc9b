package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.DisasterEnded;
import org.relieftrace.contracts.registry.DisasterResponseLevelChanged;
import org.relieftrace.contracts.registry.DisasterStatisticsReported;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.disaster.DisasterCommands.ChangeResponseLevel;
import org.relieftrace.registry.disaster.DisasterCommands.DeclareDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.EndDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.ReportDisasterStatistics;

import static org.assertj.core.api.Assertions.assertThat;

class DisasterTest {

    private static final UUID FLOOD = UUID.fromString("3e0b8f4d-2c55-4a71-9a57-5d8f2f1c6b01");
    private static final Instant START = Instant.parse("2026-07-10T00:00:00Z");
    private static final Instant END = Instant.parse("2026-07-20T00:00:00Z");
    private static final List<String> DIVISIONS = List.of("500118116000", "500118109000");

    private FixtureConfiguration<Disaster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Disaster.class);
    }

    private static DisasterDeclared declared() {
        return new DisasterDeclared(FLOOD, "FLOOD", "2026年7月永川区暴雨洪涝", START, "III",
                List.of("500118109000", "500118116000"));
    }

    private static DeclareDisaster declare(Instant end) {
        return new DeclareDisaster(FLOOD, DisasterType.FLOOD, " 2026年7月永川区暴雨洪涝", START, end,
                ResponseLevel.III, DIVISIONS);
    }

    @Test
    void aDisasterIsDeclaredWithItsDivisionsSorted() {
        fixture.givenNoPriorActivity()
                .when(declare(null))
                .expectResultMessagePayload(FLOOD)
                .expectEvents(declared());
    }

    @Test
    void aDisasterRecordedAfterwardsIsDeclaredAndEndedButNeverEndsBeforeItBegan() {
        fixture.givenNoPriorActivity()
                .when(declare(END))
                .expectEvents(declared(), new DisasterEnded(FLOOD, END));
        fixture.givenNoPriorActivity()
                .when(declare(START))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theSameDisasterIsNeverDeclaredTwice() {
        fixture.given(declared())
                .when(declare(null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theLevelChangesWhileTheResponseLastsAndTheSameLevelIsNoChange() {
        fixture.given(declared())
                .when(new ChangeResponseLevel(FLOOD, ResponseLevel.II))
                .expectEvents(new DisasterResponseLevelChanged(FLOOD, "II", "III"));
        fixture.given(declared())
                .when(new ChangeResponseLevel(FLOOD, ResponseLevel.III))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(declared(), new DisasterEnded(FLOOD, END))
                .when(new ChangeResponseLevel(FLOOD, ResponseLevel.II))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aResponseEndsOnce() {
        fixture.given(declared())
                .when(new EndDisaster(FLOOD, END))
                .expectEvents(new DisasterEnded(FLOOD, END));
        fixture.given(declared(), new DisasterEnded(FLOOD, END))
                .when(new EndDisaster(FLOOD, END.plusSeconds(60)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void figuresAreReportedAgainAndAgainEvenAfterTheEndButNeverBeforeTheStart() {
        Instant asOf = Instant.parse("2026-07-21T08:00:00Z");
        fixture.given(declared(), new DisasterEnded(FLOOD, END))
                .when(new ReportDisasterStatistics(FLOOD, asOf, 12000, 3400, 2, 1, 15, 230, 1_250_000_00L))
                .expectEvents(new DisasterStatisticsReported(FLOOD, asOf, 12000, 3400, 2, 1, 15, 230,
                        1_250_000_00L));
        fixture.given(declared())
                .when(new ReportDisasterStatistics(FLOOD, START.minusSeconds(1), 0, 0, 0, 0, 0, 0, 0))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theDisasterStreamIsPrefixed() {
        assertThat(new EndDisaster(FLOOD, END).stream()).isEqualTo("disaster:" + FLOOD);
    }
}
