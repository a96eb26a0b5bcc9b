package org.relieftrace.supplies.distribution;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.distribution.AllowanceMessages.AllowanceClaimed;
import org.relieftrace.supplies.distribution.AllowanceMessages.AllowanceReleased;
import org.relieftrace.supplies.distribution.AllowanceMessages.ClaimAllowance;
import org.relieftrace.supplies.distribution.AllowanceMessages.ReleaseAllowance;

class HouseholdAllowanceTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final String ID = AllowanceMessages.allowanceId(HOUSEHOLD, DISASTER);
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    private FixtureConfiguration<HouseholdAllowance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HouseholdAllowance.class);
    }

    private static AllowanceClaimed claimed(UUID distribution) {
        return new AllowanceClaimed(ID, HOUSEHOLD, DISASTER, distribution, "TENT-12", 1);
    }

    @Test
    void theFirstClaimWithinTheLimitIsTaken() {
        fixture.givenNoPriorActivity()
                .when(new ClaimAllowance(ID, HOUSEHOLD, DISASTER, FIRST, "TENT-12", 1, 1))
                .expectEvents(claimed(FIRST));
    }

    @Test
    void aClaimBeyondTheLimitIsRefusedWhicheverDepotAsks() {
        fixture.given(claimed(FIRST))
                .when(new ClaimAllowance(ID, HOUSEHOLD, DISASTER, SECOND, "TENT-12", 1, 1))
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }

    @Test
    void aRepeatedClaimOfTheSameDistributionChangesNothing() {
        fixture.given(claimed(FIRST))
                .when(new ClaimAllowance(ID, HOUSEHOLD, DISASTER, FIRST, "TENT-12", 1, 1))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aReleasedClaimFreesTheAllowance() {
        fixture.given(claimed(FIRST))
                .when(new ReleaseAllowance(ID, FIRST))
                .expectEvents(new AllowanceReleased(ID, FIRST, "TENT-12", 1));
        fixture.given(claimed(FIRST), new AllowanceReleased(ID, FIRST, "TENT-12", 1))
                .when(new ClaimAllowance(ID, HOUSEHOLD, DISASTER, SECOND, "TENT-12", 1, 1))
                .expectEvents(claimed(SECOND));
    }
}
