package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.PersonCheckedIn;
import org.relieftrace.contracts.registry.PersonCheckedOut;
import org.relieftrace.contracts.registry.ShelterClosed;
import org.relieftrace.contracts.registry.ShelterOpened;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.shelter.ShelterCommands.CheckIn;
import org.relieftrace.registry.shelter.ShelterCommands.CheckOut;
import org.relieftrace.registry.shelter.ShelterCommands.CloseShelter;
import org.relieftrace.registry.shelter.ShelterCommands.OpenShelter;
import org.relieftrace.registry.shelter.ShelterCommands.RegisterShelter;

import static org.assertj.core.api.Assertions.assertThat;

class ShelterTest {

    private static final UUID SHELTER = UUID.fromString("9d7c3b1a-55e2-4c0f-8a31-6f2e0b9c4d10");
    private static final UUID ZHANG = UUID.fromString("11111111-1111-3111-8111-111111111111");
    private static final UUID LI = UUID.fromString("22222222-2222-3222-8222-222222222222");
    private static final UUID WANG = UUID.fromString("33333333-3333-3333-8333-333333333333");

    private FixtureConfiguration<Shelter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Shelter.class);
    }

    private static ShelterRegistered registered(int capacity) {
        return new ShelterRegistered(SHELTER, "500118116000", "朱沱镇中心小学避难场所", 29.02, 105.85, capacity, null);
    }

    @Test
    void aShelterIsRegisteredClosedAndOpensOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterShelter(SHELTER, "500118116000", " 朱沱镇中心小学避难场所", 29.02, 105.85, 2, null))
                .expectEvents(registered(2));
        fixture.given(registered(2))
                .when(new OpenShelter(SHELTER))
                .expectEvents(new ShelterOpened(SHELTER));
        fixture.given(registered(2), new ShelterOpened(SHELTER))
                .when(new OpenShelter(SHELTER))
                .expectNoEvents();
    }

    @Test
    void aShelterOfNoCapacityIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterShelter(SHELTER, "500118116000", "朱沱镇中心小学避难场所", null, null, 0, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClosedShelterTakesNobodyIn() {
        fixture.given(registered(2))
                .when(new CheckIn(SHELTER, ZHANG))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void peopleCheckInUntilTheShelterIsFullAndNeverTwice() {
        fixture.given(registered(2), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1))
                .when(new CheckIn(SHELTER, LI))
                .expectResultMessagePayload(2)
                .expectEvents(new PersonCheckedIn(SHELTER, LI, 2));
        fixture.given(registered(2), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1),
                        new PersonCheckedIn(SHELTER, LI, 2))
                .when(new CheckIn(SHELTER, WANG))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("full"))
                .expectNoEvents();
        fixture.given(registered(2), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1))
                .when(new CheckIn(SHELTER, ZHANG))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCheckOutMakesRoomAndOnlySomeoneInsideChecksOut() {
        fixture.given(registered(1), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1),
                        new PersonCheckedOut(SHELTER, ZHANG, 0))
                .when(new CheckIn(SHELTER, LI))
                .expectEvents(new PersonCheckedIn(SHELTER, LI, 1));
        fixture.given(registered(1), new ShelterOpened(SHELTER))
                .when(new CheckOut(SHELTER, ZHANG))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aShelterClosesOnlyWhenEmpty() {
        fixture.given(registered(2), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1))
                .when(new CloseShelter(SHELTER))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(2), new ShelterOpened(SHELTER), new PersonCheckedIn(SHELTER, ZHANG, 1),
                        new PersonCheckedOut(SHELTER, ZHANG, 0))
                .when(new CloseShelter(SHELTER))
                .expectEvents(new ShelterClosed(SHELTER));
    }

    @Test
    void theShelterStreamIsPrefixed() {
        assertThat(new OpenShelter(SHELTER).stream()).isEqualTo("shelter:" + SHELTER);
    }
}
