package org.relieftrace.supplies.distribution;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.supplies.distribution.HouseholdLimitMessages.HouseholdLimitSet;
import org.relieftrace.supplies.distribution.HouseholdLimitMessages.SetHouseholdLimit;

class HouseholdLimitTest {

    private static final UUID DISASTER = UUID.randomUUID();
    private static final String LIMIT = HouseholdLimitMessages.limitId(DISASTER, "TENT-12");

    private FixtureConfiguration<HouseholdLimit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HouseholdLimit.class);
    }

    @Test
    void aLimitIsSetForADisasterAndItem() {
        fixture.givenNoPriorActivity()
                .when(new SetHouseholdLimit(LIMIT, DISASTER, "TENT-12", 3))
                .expectEvents(new HouseholdLimitSet(LIMIT, DISASTER, "TENT-12", 3, null));
    }

    @Test
    void aChangedLimitNamesTheOneItReplaces() {
        fixture.given(new HouseholdLimitSet(LIMIT, DISASTER, "TENT-12", 3, null))
                .when(new SetHouseholdLimit(LIMIT, DISASTER, "TENT-12", 2))
                .expectEvents(new HouseholdLimitSet(LIMIT, DISASTER, "TENT-12", 2, 3L));
    }
}
